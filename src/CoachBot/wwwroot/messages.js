// How one message looks on the local chat page, close to Teams: the bot's text as Markdown, its
// Adaptive Cards through Microsoft's renderer, its sources (the schema.org Message citation entity)
// as a numbered list, suggested replies under the newest message, and the feedback buttons.
(() => {
  'use strict';
  const { toHtml, escapeHtml } = window.CoachBotMarkdown;

  /** callbacks: onCardAction(action, activityId), onSuggested(text), onFeedback(activityId, reaction). */
  function create({ onCardAction, onSuggested, onFeedback }) {
    function button(label, onClick, className) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      if (className) b.className = className;
      b.addEventListener('click', onClick);
      return b;
    }

    // Teams' thumbs as a drawn icon, not an emoji: a machine without an emoji font still shows them.
    function thumbButton(label, down, onClick) {
      const svgNs = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(svgNs, 'svg');
      svg.setAttribute('viewBox', '0 0 20 20');
      svg.setAttribute('width', '16');
      svg.setAttribute('height', '16');
      svg.setAttribute('aria-hidden', 'true');
      if (down) svg.setAttribute('transform', 'rotate(180)');
      const path = document.createElementNS(svgNs, 'path');
      path.setAttribute('d', 'M2 9h3v9H2zM7 18h7.5a2 2 0 0 0 2-1.6l1.3-5.8A2 2 0 0 0 15.9 8H12l.6-3.4A1.8 1.8 0 0 0 9.2 3.5L7 8.6z');
      path.setAttribute('fill', 'currentColor');
      svg.append(path);
      const b = button('', onClick, 'thumb');
      b.append(svg);
      b.setAttribute('aria-label', label);
      b.title = label;
      return b;
    }

    function bubble(entry, conversation) {
      const article = document.createElement('article');
      article.className = `msg ${entry.from}`;
      article.dataset.from = entry.from;
      article.dataset.conversation = conversation;
      const who = document.createElement('span');
      who.className = 'who';
      who.textContent = entry.name;
      article.append(who);
      article.setAttribute('aria-label', `${entry.name} says`);
      return article;
    }

    /** Whether the message's schema.org Message entity says an LLM worded it (additionalType AIGeneratedContent). */
    function aiGenerated(a) {
      const message = (a.entities ?? []).find(e => e.type === 'https://schema.org/Message');
      return Array.isArray(message?.additionalType) && message.additionalType.includes('AIGeneratedContent');
    }

    /** One message: a person's (text) or the bot's (text, cards, sources, suggested replies, feedback). */
    function render(entry, conversation, isLast) {
      if (entry.from === 'user') {
        const article = bubble(entry, conversation);
        const text = document.createElement('div');
        text.className = 'text';
        text.textContent = entry.text;
        article.append(text);
        return article;
      }
      const a = entry.activity;
      const article = bubble(entry, conversation);
      article.dataset.activityId = entry.key;
      if (aiGenerated(a)) {
        // As Teams does: a small label by the sender's name on a message an LLM worded.
        const label = document.createElement('span');
        label.className = 'ai-label';
        label.textContent = 'AI generated';
        article.querySelector('.who').after(label);
      }
      if (a.text) {
        const text = document.createElement('div');
        text.className = 'text';
        text.innerHTML = a.textFormat === 'plain' ? escapeHtml(a.text) : toHtml(a.text);
        article.append(text);
      }
      for (const attachment of a.attachments ?? []) {
        article.append(renderAttachment(attachment, entry.key));
      }
      const citations = renderCitations(a, entry.key);
      if (citations) article.append(citations);
      if (isLast && a.suggestedActions?.actions?.length) {
        const bar = document.createElement('div');
        bar.className = 'actions suggested';
        bar.setAttribute('role', 'group');
        bar.setAttribute('aria-label', 'Suggested replies');
        for (const action of a.suggestedActions.actions) {
          bar.append(button(action.title, () => {
            bar.remove();
            onSuggested(String(action.value ?? action.title));
          }));
        }
        article.append(bar);
      }
      if (a.channelData?.feedbackLoopEnabled) {
        const bar = document.createElement('div');
        bar.className = 'feedback';
        bar.setAttribute('role', 'group');
        bar.setAttribute('aria-label', 'Was this helpful?');
        const react = reaction => async () => {
          bar.replaceChildren(Object.assign(document.createElement('span'), { textContent: 'Thanks for the feedback.' }));
          await onFeedback(entry.key, reaction);
        };
        const like = thumbButton('Like this answer', false, react('like'));
        const dislike = thumbButton('Dislike this answer', true, react('dislike'));
        bar.append(like, dislike);
        article.append(bar);
      }
      return article;
    }

    function renderAttachment(attachment, activityId) {
      const holder = document.createElement('div');
      holder.className = 'card';
      if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive') {
        holder.textContent = `[${attachment.contentType} attachment]`;
        return holder;
      }
      try {
        const { element, problems } = window.CoachBotCards.render(attachment.content, action => onCardAction(action, activityId));
        if (element) holder.append(element);
        if (problems.length) {
          const warning = document.createElement('p');
          warning.className = 'card-problems';
          warning.textContent = `Card problems: ${problems.join('; ')}`;
          holder.append(warning);
        }
      } catch (error) {
        holder.textContent = `This card could not be shown: ${error.message}`;
      }
      return holder;
    }

    function renderCitations(a, activityId) {
      const message = (a.entities ?? []).find(e => e.type === 'https://schema.org/Message');
      if (!message?.citation?.length) return null;
      const list = document.createElement('ol');
      list.className = 'citations';
      list.setAttribute('aria-label', 'Sources');
      for (const claim of message.citation) {
        const item = document.createElement('li');
        item.value = claim.position;
        item.id = `cite-${activityId}-${claim.position}`;
        const name = document.createElement('span');
        name.className = 'cite-name';
        name.textContent = claim.appearance?.name ?? '';
        item.append(name);
        if (claim.appearance?.abstract) {
          const abstract = document.createElement('span');
          abstract.className = 'cite-abstract';
          abstract.textContent = ` — ${claim.appearance.abstract}`;
          item.append(abstract);
        }
        list.append(item);
      }
      return list;
    }

    return { render };
  }

  window.CoachBotMessages = { create };
})();
