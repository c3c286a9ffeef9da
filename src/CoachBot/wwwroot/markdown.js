// The small Markdown subset Teams shows in message text and Adaptive Card TextBlocks: **bold**,
// _italic_ / *italic*, [links](https://…), "- " and "1. " lists, line breaks, and the [n] citation
// markers. Everything is HTML-escaped first, so bot text can never inject markup into the page.
(() => {
  'use strict';

  const escapeHtml = text => text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

  function inline(escaped) {
    return escaped
      .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+|mailto:[^\s)]+)\)/g,
        (_, label, url) => `<a href="${url}" target="_blank" rel="noopener noreferrer">${label}</a>`)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])_(\S(?:.*?\S)?)_(?=$|[\s).,!?:;])/g, '$1<em>$2</em>')
      .replace(/(^|[\s(])\*(\S(?:.*?\S)?)\*(?=$|[\s).,!?:;])/g, '$1<em>$2</em>')
      .replace(/\[(\d{1,2})\](?!\()/g, '<sup class="cite-marker">[$1]</sup>');
  }

  /** Markdown (the subset above) to safe HTML. */
  function toHtml(text) {
    const lines = escapeHtml(String(text ?? '')).split(/\r?\n/);
    const out = [];
    let list = null;
    const closeList = () => {
      if (list) out.push(`</${list}>`);
      list = null;
    };
    for (const line of lines) {
      const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
      const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
      const kind = bullet ? 'ul' : numbered ? 'ol' : null;
      if (kind) {
        if (list !== kind) {
          closeList();
          out.push(`<${kind}>`);
          list = kind;
        }
        out.push(`<li>${inline((bullet ?? numbered)[1])}</li>`);
        continue;
      }
      closeList();
      out.push(line.trim() === '' ? '<br>' : `<p>${inline(line)}</p>`);
    }
    closeList();
    return out.join('');
  }

  window.CoachBotMarkdown = { toHtml, escapeHtml };
})();
