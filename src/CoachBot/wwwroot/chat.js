// The local chat page: it talks to the bot exactly like a channel would. It posts Activities to
// /api/messages with a serviceUrl pointing at the development Connector inside the host, and shows
// whatever the bot sends there (replies and proactive messages) from a server-sent event stream.
(() => {
  'use strict';
  const bot = { id: '28:coachbot-dev', name: 'CoachBot' };
  const serviceUrl = `${location.origin}/_dev/connector/`;
  const log = document.getElementById('log');
  const identitySelect = document.getElementById('identity');
  const conversationSelect = document.getElementById('conversation');
  const status = document.getElementById('status');
  let identities = [];
  const welcomed = new Set();

  const me = () => identities.find(i => i.id === identitySelect.value) ?? identities[0];
  const isChannel = () => conversationSelect.value === 'channel';
  const conversationId = () => isChannel() ? 'dev-channel-duty-desk' : `dev-personal-${me().id}`;

  function activity(type, extra) {
    const user = me();
    return {
      type,
      id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl,
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId, role: 'user' },
      recipient: { ...bot, role: 'bot' },
      conversation: {
        id: conversationId(),
        conversationType: isChannel() ? 'channel' : 'personal',
        tenantId: 'dev-tenant',
        isGroup: isChannel(),
      },
      channelData: isChannel()
        ? { tenant: { id: 'dev-tenant' }, team: { id: 'dev-team' }, channel: { id: 'dev-channel-duty-desk', name: 'Duty desk' } }
        : { tenant: { id: 'dev-tenant' } },
      locale: navigator.language || 'en-US',
      ...extra,
    };
  }

  async function post(body) {
    status.textContent = '';
    try {
      const response = await fetch('/api/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        status.textContent = `The bot answered ${response.status}. ${await response.text()}`;
      }
    } catch (error) {
      status.textContent = `Could not reach the bot: ${error.message}`;
    }
  }

  function sendText(text) {
    const extra = { text, textFormat: 'plain' };
    if (isChannel()) {
      // In a channel Teams delivers only messages that mention the bot, with the mention in the text.
      extra.text = `<at>${bot.name}</at> ${text}`;
      extra.entities = [{ type: 'mention', mentioned: bot, text: `<at>${bot.name}</at>` }];
    }
    remember({ kind: 'user', conversationId: conversationId(), name: me().name, text });
    return post(activity('message', extra));
  }

  function sendValue(value, title) {
    remember({ kind: 'user', conversationId: conversationId(), name: me().name, text: title ?? '(card)' });
    return post(activity('message', { value }));
  }

  function welcome() {
    const key = conversationId();
    if (welcomed.has(key)) return;
    welcomed.add(key);
    post(activity('conversationUpdate', { membersAdded: [{ id: bot.id, name: bot.name }] }));
  }

  function show(who, name, text) {
    const div = document.createElement('div');
    div.className = `msg ${who}`;
    const label = document.createElement('span');
    label.className = 'who';
    label.textContent = name;
    div.append(label, document.createTextNode(text ?? ''));
    log.append(div);
    log.scrollTop = log.scrollHeight;
    return div;
  }

  function button(title, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = title;
    b.addEventListener('click', onClick);
    return b;
  }

  function renderCardElements(elements, into) {
    for (const element of elements ?? []) {
      if (element.type === 'TextBlock') {
        const p = document.createElement(element.size === 'Large' || element.weight === 'Bolder' ? 'h3' : 'div');
        p.className = 'section';
        p.textContent = element.text;
        into.append(p);
      } else if (element.type === 'Container') {
        renderCardElements(element.items, into);
      } else if (element.type === 'FactSet') {
        for (const fact of element.facts ?? []) {
          const p = document.createElement('div');
          p.textContent = `${fact.title}: ${fact.value}`;
          into.append(p);
        }
      } else if (element.type === 'ActionSet') {
        renderActions(element.actions, into);
      }
    }
  }

  function renderActions(actions, into) {
    if (!actions?.length) return;
    const bar = document.createElement('div');
    bar.className = 'actions';
    for (const action of actions) {
      bar.append(button(action.title, () => sendValue(action.data ?? {}, action.title)));
    }
    into.append(bar);
  }

  function renderActivity(conversation, item) {
    if (conversation !== conversationId()) return;
    if (item.kind === 'user') {
      show('user', item.name, item.text);
      return;
    }
    const a = item.activity;
    if (!a || a.type !== 'message') return;
    const div = show('bot', conversation.startsWith('dev-channel') ? 'CoachBot (channel)' : 'CoachBot', a.text ?? '');
    for (const attachment of a.attachments ?? []) {
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
        const card = document.createElement('div');
        card.className = 'card';
        renderCardElements(attachment.content.body, card);
        renderActions(attachment.content.actions, card);
        div.append(card);
      }
    }
    if (a.suggestedActions?.actions?.length) {
      const bar = document.createElement('div');
      bar.className = 'actions';
      for (const action of a.suggestedActions.actions) {
        bar.append(button(action.title, () => sendText(String(action.value ?? action.title))));
      }
      div.append(bar);
    }
    const message = (a.entities ?? []).find(e => e.type === 'https://schema.org/Message');
    if (message?.citation?.length) {
      const c = document.createElement('div');
      c.className = 'citations';
      c.textContent = message.citation.map(x => `[${x.position}] ${x.appearance?.name ?? ''}`).join('  ');
      div.append(c);
    }
  }

  const events = [];
  function remember(item) {
    events.push(item);
    renderActivity(item.conversationId, item);
  }

  function redraw() {
    log.replaceChildren();
    for (const e of events) renderActivity(e.conversationId, e);
  }

  function listen() {
    const source = new EventSource('/_dev/chat/events');
    source.onmessage = e => {
      const item = JSON.parse(e.data);
      if (item.kind === 'send') remember(item);
    };
    source.onerror = () => { status.textContent = 'Lost the connection to the bot; retrying…'; };
    source.onopen = () => { status.textContent = ''; };
  }

  document.getElementById('composer').addEventListener('submit', e => {
    e.preventDefault();
    const input = document.getElementById('text');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    sendText(text);
  });
  for (const select of [identitySelect, conversationSelect]) {
    select.addEventListener('change', () => { redraw(); welcome(); });
  }

  fetch('/_dev/chat/identities').then(r => r.json()).then(list => {
    identities = list;
    for (const i of list) identitySelect.append(new Option(i.name, i.id));
    listen();
    welcome();
  });
})();
