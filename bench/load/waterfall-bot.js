'use strict';
// Microsoft's botbuilder JS SDK with a dialog of the same shape as a CoachBot conversation: a waterfall of a text
// prompt, a choice prompt and a confirm prompt, state in MemoryStorage (not durable). Served on loopback with plain
// node http; anonymous (no app id), so requests need no token; deliveryMode expectReplies answers in the body.
//   PORT=3978 node waterfall-bot.js
const http = require('node:http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, ActivityHandler } = require('botbuilder');
const { DialogSet, WaterfallDialog, TextPrompt, ChoicePrompt, ConfirmPrompt, DialogTurnStatus } = require('botbuilder-dialogs');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const conversationState = new ConversationState(new MemoryStorage());
const dialogState = conversationState.createProperty('dialogState');
const dialogs = new DialogSet(dialogState)
  .add(new TextPrompt('text'))
  .add(new ChoicePrompt('choice'))
  .add(new ConfirmPrompt('confirm'))
  .add(new WaterfallDialog('main', [
    async (step) => step.prompt('text', "Hi! What's your name?"),
    async (step) => {
      step.values.name = step.result;
      return step.prompt('choice', { prompt: `Thanks ${step.result}. What happened?`, choices: ['Lost bag', 'Noise', 'Billing'] });
    },
    async (step) => step.prompt('confirm', `${step.result.value}: does the guest want compensation?`),
    async (step) => {
      await step.context.sendActivity(step.result ? `Apologise first, ${step.values.name}; promise nothing yourself.` : `Thank the guest, ${step.values.name}.`);
      return step.endDialog();
    },
  ]));

class Bot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('main');
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await conversationState.saveChanges(context, false);
  }
}

const bot = new Bot();
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      req.body = undefined;
    }
    // The shape CloudAdapter.process expects of express / restify.
    const response = {
      status(code) { res.statusCode = code; return response; },
      header(name, value) { res.setHeader(name, value); return response; },
      send(body) { res.setHeader('content-type', 'application/json'); res.write(typeof body === 'string' ? body : JSON.stringify(body)); return response; },
      end() { res.end(); return response; },
    };
    adapter.process(req, response, (context) => bot.run(context)).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
});
server.keepAliveTimeout = 60000;
server.listen(Number(process.env.PORT ?? 3978), '127.0.0.1', () => console.log('listening'));
