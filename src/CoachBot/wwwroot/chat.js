// The local chat page: it talks to the bot exactly like Teams would. It posts Activities to
// /api/messages with a serviceUrl pointing at the development Connector inside the host, and shows
// whatever the bot sends there (replies and proactive messages) from a server-sent event stream.
// Card actions behave as in Teams: Action.Submit sends a message whose value is the action's data,
// Action.Execute sends an adaptiveCard/action invoke. A card with a `refresh` is refreshed for each person it lists
// when they see it (an invoke with trigger "automatic"), and each person sees their own version, as in Teams.
(() => {
  'use strict';
  const cards = window.CoachBotCards;
  const bot = { id: '28:coachbot-dev', name: 'CoachBot' };
  const channels = {
    channel: { id: 'dev-channel-duty-desk', name: 'Duty desk', team: 'dev-team' },
    training: { id: 'dev-channel-training', name: 'Training', team: 'dev-team' },
  };
  const tenantId = 'dev-tenant';
  const serviceUrl = `${location.origin}/_dev/connector/`;
  const $ = id => document.getElementById(id);
  const log = $('log');
  const errorLine = $('error');
  const notice = $('notice');

  let identities = [];
  let identityId = null;
  let mode = 'personal';
  let live = false;
  const welcomed = new Set();
  const entries = new Map(); // conversation id → [{ key, from: 'user'|'bot', name, text?, activity? }]
  const unread = new Map(); // conversation id → count of bot messages that arrived while it was not shown

  const me = () => identities.find(i => i.id === identityId) ?? identities[0];
  const personalOf = id => `dev-personal-${id}`;
  const channel = () => channels[mode];
  const channelOf = id => Object.values(channels).find(c => c.id === id);
  const conversationId = () => channel()?.id ?? personalOf(me().id);
  const conversationLabel = id => channelOf(id) ? `channel "${channelOf(id).name}"` : '1:1 chat';

  // ---- sending -------------------------------------------------------------------------------

  function activity(type, extra) {
    const user = me();
    const inChannel = Boolean(channel());
    return {
      type,
      id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
      localTimestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl,
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId, role: 'user' },
      recipient: { ...bot, role: 'bot' },
      conversation: {
        id: conversationId(),
        conversationType: inChannel ? 'channel' : 'personal',
        tenantId,
        isGroup: inChannel,
      },
      channelData: inChannel
        ? { tenant: { id: tenantId }, team: { id: channel().team }, channel: { id: channel().id, name: channel().name } }
        : { tenant: { id: tenantId } },
      locale: navigator.language || 'en-US',
      ...extra,
    };
  }

  /** Posts an activity; returns the parsed JSON body (invokes) or null. Shows an error line on failure. */
  async function post(body) {
    try {
      const response = await fetch('/api/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) {
        showError(`The bot answered ${response.status} ${response.statusText}${describeProblem(text)}`);
        return null;
      }
      showError('');
      return text ? JSON.parse(text) : null;
    } catch (error) {
      showError(`Could not reach the bot: ${error.message}`);
      return null;
    }
  }

  function describeProblem(text) {
    if (!text) return '.';
    try {
      const problem = JSON.parse(text);
      const title = problem.title ?? '';
      const detail = [title, problem.detail].filter(Boolean).join(/[.!?]$/.test(title) ? ' ' : ': ');
      return detail ? ` — ${detail}` : `: ${text.slice(0, 200)}`;
    } catch {
      return `: ${text.slice(0, 200)}`;
    }
  }

  function showError(message) {
    errorLine.textContent = message;
    errorLine.hidden = !message;
  }

  function sendText(text, extra = {}) {
    const message = { text, textFormat: 'plain', ...extra };
    if (channel()) {
      // In a channel Teams delivers only messages that mention the bot, with the mention in the text.
      const mention = `<at>${bot.name}</at>`;
      message.text = `${mention} ${text}`;
      message.entities = [{ type: 'mention', mentioned: { id: bot.id, name: bot.name }, text: mention }];
    }
    addLocal(text);
    return post(activity('message', message));
  }

  function addLocal(text) {
    add(conversationId(), { key: `local-${crypto.randomUUID()}`, from: 'user', name: me().name, text });
  }

  /** What Teams does when a card button is pressed. */
  async function onCardAction(action, replyToId) {
    const type = cards.actionType(action);
    const title = action.title || '(card action)';
    if (type === 'Action.OpenUrl') {
      if (/^https?:\/\//.test(action.url ?? '')) window.open(action.url, '_blank', 'noopener');
      return;
    }
    if (type === 'Action.Execute') {
      addLocal(title);
      const response = await post(activity('invoke', {
        name: 'adaptiveCard/action',
        replyToId,
        value: { action: { type, id: action.id, verb: action.verb, data: action.data ?? {} }, trigger: 'manual' },
      }));
      showInvokeAnswer(replyToId, response);
      return;
    }
    if (type !== 'Action.Submit') return;
    const data = action.data;
    const teams = data && typeof data === 'object' ? data.msteams : undefined;
    if (typeof data === 'string') {
      await sendText(data, { replyToId });
    } else if (teams?.type === 'imBack') {
      await sendText(String(teams.value ?? title), { replyToId });
    } else if (teams?.type === 'messageBack') {
      addLocal(teams.displayText ?? title);
      await post(activity('message', { text: teams.text, value: teams.value ?? {}, replyToId }));
    } else {
      // Teams sends the submit as a message whose value is the action's data merged with the inputs.
      addLocal(title);
      await post(activity('message', { value: data ?? {}, replyToId }));
    }
  }

  /** An invoke's answer: a card takes the pressed card's place for this person; a message shows as a notice. */
  function showInvokeAnswer(activityId, response) {
    if (response?.type === 'application/vnd.microsoft.card.adaptive') {
      replaceCard(activityId, response.value);
    } else if (response?.type === 'application/vnd.microsoft.activity.message' && typeof response.value === 'string') {
      notice.textContent = response.value;
    }
  }

  function findEntry(activityId) {
    for (const list of entries.values()) {
      const entry = list.find(e => e.key === activityId);
      if (entry) return entry;
    }
    return null;
  }

  /** The card's new version for the person acting now (cards can differ per person: Teams' user-specific views). */
  function replaceCard(activityId, card) {
    const entry = findEntry(activityId);
    if (!entry) return;
    entry.views = { ...entry.views, [me().id]: card };
    redraw();
  }

  const cardOf = entry => entry.activity?.attachments?.find(a => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;

  /** What the person acting now sees of an entry: their own version of its card when they have one. */
  function shown(entry) {
    const view = entry.views?.[me().id];
    if (!view) return entry;
    const attachments = (entry.activity.attachments ?? []).map(a =>
      a.contentType === 'application/vnd.microsoft.card.adaptive' ? { ...a, content: view } : a);
    return { ...entry, activity: { ...entry.activity, attachments } };
  }

  let refreshQueued = false;

  /** Refreshes once for a burst of events (the history replayed when the page opens, several cards at once). */
  function refreshSoon() {
    if (refreshQueued) return;
    refreshQueued = true;
    setTimeout(() => {
      refreshQueued = false;
      refreshCards();
    }, 50);
  }

  /**
   * What Teams does when someone sees a card with a refresh that lists them: it sends the refresh action as an invoke
   * with trigger "automatic" and shows them the card that comes back. Done for the cards of the open conversation,
   * each time the person, the conversation or the card changes.
   */
  function refreshCards() {
    const user = me();
    const conversation = conversationId();
    for (const entry of entries.get(conversation) ?? []) {
      const refresh = entry.from === 'bot' ? cardOf(entry)?.refresh : null;
      if (!refresh?.action || !(refresh.userIds ?? []).includes(user.id)) continue;
      const data = refresh.action.data ?? {};
      post(activity('invoke', {
        name: 'adaptiveCard/action',
        replyToId: entry.key,
        value: { action: { type: 'Action.Execute', verb: refresh.action.verb, data }, trigger: 'automatic' },
      })).then(response => {
        // Only while the same person still has the same conversation open.
        if (response?.type === 'application/vnd.microsoft.card.adaptive' && me().id === user.id && conversationId() === conversation) {
          entry.views = { ...entry.views, [user.id]: response.value };
          redraw();
        }
      });
    }
  }

  function sendFeedback(activityId, reaction) {
    return post(activity('invoke', {
      name: 'message/submitAction',
      replyToId: activityId,
      value: { actionName: 'feedback', actionValue: { reaction, feedback: JSON.stringify({ feedbackText: '' }) } },
    }));
  }

  function welcome() {
    const key = conversationId();
    if (welcomed.has(key)) return;
    welcomed.add(key);
    post(activity('conversationUpdate', { membersAdded: [{ id: bot.id, name: bot.name }] }));
  }

  // ---- showing -------------------------------------------------------------------------------

  const messages = window.CoachBotMessages.create({
    onCardAction,
    onSuggested: text => sendText(text),
    onFeedback: sendFeedback,
  });

  function redraw() {
    const conversation = conversationId();
    const list = entries.get(conversation) ?? [];
    const lastBot = list.findLastIndex(e => e.from === 'bot');
    log.replaceChildren(...list.map((e, i) => messages.render(shown(e), conversation, i === lastBot && i === list.length - 1)));
    log.scrollTop = log.scrollHeight;
    unread.delete(conversation);
    updateBadges();
  }

  function add(conversation, entry) {
    if (!entries.has(conversation)) entries.set(conversation, []);
    entries.get(conversation).push(entry);
    if (conversation === conversationId()) {
      // Append rather than redraw, so what someone is typing into an earlier card's inputs survives.
      for (const bar of log.querySelectorAll('.suggested')) bar.remove();
      log.append(messages.render(shown(entry), conversation, true));
      log.scrollTop = log.scrollHeight;
      if (entry.from === 'bot' && cardOf(entry)?.refresh) refreshSoon();
    } else if (entry.from === 'bot' && live) {
      unread.set(conversation, (unread.get(conversation) ?? 0) + 1);
      updateBadges();
      notice.textContent = `New message in the ${conversationLabel(conversation)}${ownerSuffix(conversation)}.`;
    }
  }

  function ownerSuffix(conversation) {
    const owner = identities.find(i => personalOf(i.id) === conversation);
    return owner ? ` of ${owner.name}` : '';
  }

  function setBadge(badge, count) {
    badge.hidden = !count;
    badge.textContent = count ? String(count) : '';
    badge.setAttribute('aria-label', count ? `${count} unread` : '');
  }

  function updateBadges() {
    for (const identity of identities) {
      const badge = document.querySelector(`[data-badge-identity="${identity.id}"]`);
      // The current identity's own 1:1 count shows on the conversation switcher instead.
      if (badge) setBadge(badge, identity.id === me().id ? 0 : unread.get(personalOf(identity.id)) ?? 0);
    }
    setBadge(document.querySelector('[data-badge-conversation="personal"]'), unread.get(personalOf(me().id)) ?? 0);
    for (const [key, c] of Object.entries(channels)) {
      setBadge(document.querySelector(`[data-badge-conversation="${key}"]`), unread.get(c.id) ?? 0);
    }
  }

  // ---- the bot's side: the development Connector's event stream ---------------------------------

  function onEvent(item) {
    if (item.kind === 'live') {
      live = true;
      return;
    }
    const list = entries.get(item.conversationId) ?? [];
    if (item.kind === 'send') {
      if (list.some(e => e.key === item.activityId)) return; // replayed after a reconnect
      if (item.activity?.type !== 'message') return;
      add(item.conversationId, { key: item.activityId, from: 'bot', name: botName(item.conversationId), activity: item.activity });
    } else if (item.kind === 'update') {
      const entry = list.find(e => e.key === item.activityId);
      if (entry && item.activity) {
        // The card everyone sees changed (a closed question): each person's own version is asked for again.
        entry.activity = item.activity;
        entry.views = {};
      }
      if (item.conversationId === conversationId()) {
        redraw();
        refreshSoon();
      }
    } else if (item.kind === 'delete') {
      entries.set(item.conversationId, list.filter(e => e.key !== item.activityId));
      if (item.conversationId === conversationId()) redraw();
    }
  }

  const botName = conversation => channelOf(conversation) ? `CoachBot (in ${channelOf(conversation).name})` : 'CoachBot';

  function listen() {
    const source = new EventSource('/_dev/chat/events');
    source.addEventListener('message', e => onEvent(JSON.parse(e.data)));
    source.addEventListener('error', () => { notice.textContent = 'Lost the connection to the bot; retrying…'; });
    source.addEventListener('open', () => { notice.textContent = ''; });
  }

  // ---- switchers -----------------------------------------------------------------------------

  function radio(name, value, label, badgeAttribute, checked) {
    const wrapper = document.createElement('label');
    wrapper.className = 'switch';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.checked = checked;
    const text = document.createElement('span');
    text.textContent = label;
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.hidden = true;
    badge.setAttribute(badgeAttribute, value);
    wrapper.append(input, text, badge);
    return wrapper;
  }

  function buildSwitchers() {
    const identityGroup = $('identities');
    for (const identity of identities) {
      identityGroup.append(radio('identity', identity.id, identity.name, 'data-badge-identity', identity.id === identityId));
    }
    const conversationGroup = $('conversations');
    conversationGroup.append(
      radio('conversation', 'personal', '1:1 with CoachBot', 'data-badge-conversation', true),
      radio('conversation', 'channel', `Team channel "${channels.channel.name}" (mention added for you)`, 'data-badge-conversation', false),
      radio('conversation', 'training', `Channel "${channels.training.name}" for quizzes (mention added for you)`, 'data-badge-conversation', false));
    identityGroup.addEventListener('change', e => { identityId = e.target.value; switched(); });
    conversationGroup.addEventListener('change', e => { mode = e.target.value; switched(); });
  }

  function switched() {
    showError('');
    notice.textContent = '';
    $('text').placeholder = channel() ? `Message ${channel().name} as ${me().name}` : `Message CoachBot as ${me().name}`;
    // The dashboard as this person sees it (a trainer their teams, anyone else their own results).
    $('dashboard-link').href = `/dashboard/?as=${encodeURIComponent(me().id)}`;
    redraw();
    welcome();
    refreshSoon();
  }

  $('composer').addEventListener('submit', e => {
    e.preventDefault();
    const input = $('text');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    sendText(text);
  });

  fetch('/_dev/chat/identities')
    .then(r => r.json())
    .then(list => {
      identities = list;
      identityId = list[0].id;
      buildSwitchers();
      listen();
      switched();
      document.body.dataset.ready = 'true';
    })
    .catch(error => showError(`Could not load the identities: ${error.message}`));
})();
