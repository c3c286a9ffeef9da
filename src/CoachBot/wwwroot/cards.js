// Adaptive Cards rendered by Microsoft's own renderer (wwwroot/lib/adaptivecards, the npm package
// adaptivecards 3.0.6) with a host config close to Teams' light theme, so a card looks and behaves
// here as it will in Teams: the same parser, the same 1.5 schema, the same actions.
(() => {
  'use strict';
  const AC = window.AdaptiveCards;

  const hostConfig = new AC.HostConfig({
    fontFamily: "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#E1DFDD' },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: {
        backgroundColor: '#FFFFFF',
        foregroundColors: {
          default: { default: '#242424', subtle: '#616161' },
          accent: { default: '#5B5FC7', subtle: '#7F85F5' },
          good: { default: '#237B4B', subtle: '#4DA97A' },
          warning: { default: '#835C00', subtle: '#C48F00' },
          attention: { default: '#C4314B', subtle: '#E37D80' },
          dark: { default: '#242424', subtle: '#616161' },
          light: { default: '#FFFFFF', subtle: '#F5F5F5' },
        },
      },
      emphasis: {
        backgroundColor: '#F5F5F5',
        foregroundColors: {
          default: { default: '#242424', subtle: '#616161' },
          accent: { default: '#5B5FC7', subtle: '#7F85F5' },
          good: { default: '#237B4B', subtle: '#4DA97A' },
          warning: { default: '#835C00', subtle: '#C48F00' },
          attention: { default: '#C4314B', subtle: '#E37D80' },
        },
      },
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 8 },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      iconPlacement: 'leftOfTitle',
    },
    adaptiveCard: { allowCustomStyle: true },
    factSet: {
      title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 8,
    },
  });

  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = window.CoachBotMarkdown.toHtml(text);
    result.didProcess = true;
  };

  /**
   * Parses and renders one card. onAction(action) gets the library's action object for Action.Submit,
   * Action.Execute and Action.OpenUrl. Returns { element, problems } (parse warnings and errors).
   */
  function render(content, onAction) {
    const card = new AC.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.onExecuteAction = onAction;
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    card.parse(content, context);
    const problems = [];
    for (let i = 0; i < context.eventCount; i++) {
      problems.push(context.getEventAt(i).message);
    }
    const element = card.render();
    return { element, problems };
  }

  /** The card-action JSON type name ("Action.Submit", …) of a library action object. */
  const actionType = action => action.getJsonTypeName();

  window.CoachBotCards = { render, actionType, hostConfig };
})();
