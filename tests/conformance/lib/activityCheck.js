'use strict';
// Is a reply a valid Activity? Microsoft's own model (botframework-connector's serializer mappers)
// must accept it, and it must answer the activity it replies to.
const { createSerializer } = require('@azure/core-client');
const Mappers = require('botframework-connector/lib/connectorApi/models/mappers');

const serializer = createSerializer(Mappers);

/** Problems with `reply` as an answer to `incoming` (empty when it is a proper reply). */
function replyProblems(reply, incoming) {
  const problems = [];
  try {
    serializer.serialize(Mappers.Activity, reply, 'activity');
  } catch (err) {
    problems.push(`Microsoft's Activity model rejects it: ${err.message}`);
  }
  if (reply?.type !== 'message') problems.push(`type is ${JSON.stringify(reply?.type)}, not "message"`);
  if (reply?.from?.id !== incoming.recipient.id) problems.push(`from.id ${JSON.stringify(reply?.from?.id)} is not the bot (${incoming.recipient.id})`);
  if (reply?.recipient?.id !== incoming.from.id) problems.push(`recipient.id ${JSON.stringify(reply?.recipient?.id)} is not the user (${incoming.from.id})`);
  if (reply?.conversation?.id !== incoming.conversation.id) problems.push(`conversation.id ${JSON.stringify(reply?.conversation?.id)} is not ${incoming.conversation.id}`);
  if (reply?.replyToId !== incoming.id) problems.push(`replyToId ${JSON.stringify(reply?.replyToId)} is not ${incoming.id}`);
  if (!reply?.text && !(reply?.attachments?.length > 0)) problems.push('neither text nor attachments');
  return problems;
}

/** The Action.Submit buttons of the card in an activity: [{ title, data }]. */
function buttonsOf(activity) {
  const buttons = [];
  for (const attachment of activity?.attachments ?? []) {
    for (const action of attachment.content?.actions ?? []) {
      if (action.type === 'Action.Submit') buttons.push({ title: action.title, data: action.data });
    }
  }
  for (const action of activity?.suggestedActions?.actions ?? []) buttons.push({ title: action.title, data: action.value });
  return buttons;
}

/** What a person reads in an activity: its text, or the text blocks of its card. */
function displayTexts(activity) {
  const texts = [];
  if (activity?.text) texts.push(activity.text);
  const walk = (element) => {
    if (!element || typeof element !== 'object') return;
    if (element.type === 'TextBlock' && element.text) texts.push(element.text);
    for (const child of [...(element.body ?? []), ...(element.items ?? [])]) walk(child);
  };
  for (const attachment of activity?.attachments ?? []) walk(attachment.content);
  return texts;
}

module.exports = { replyProblems, buttonsOf, displayTexts };
