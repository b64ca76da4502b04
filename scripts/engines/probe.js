// Loaded by scripts/engines/server.mjs as the first script of Storybook's iframe.html, before Storybook itself, in
// every engine. It records what a story run reports, in the page, because WebKit's driver reports no console:
// page errors, unhandled rejections, console.error, and the preview channel's story events. The runner reads
// `window.__engines` through the driver.
(() => {
  const state = { errors: [], exceptions: [], phase: 'loading', rendered: false, finished: null, firstErrorAt: 0 };
  window.__engines = state;

  const describe = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (value && typeof value === 'object' && 'message' in value) return `${value.name ?? 'Error'}: ${value.message}`;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  const note = (list, text) => {
    if (!state.firstErrorAt) state.firstErrorAt = performance.now();
    list.push(text.length > 2000 ? `${text.slice(0, 2000)}…` : text);
  };

  addEventListener('error', (e) => {
    const where = e.filename ? ` (${e.filename.replace(location.origin, '')}:${e.lineno}:${e.colno})` : '';
    note(state.errors, `page error: ${e.error ? describe(e.error) : e.message}${where}`);
  });
  addEventListener('unhandledrejection', (e) => note(state.errors, `unhandled rejection: ${describe(e.reason)}`));
  const consoleError = console.error;
  console.error = function (...args) {
    note(state.errors, `console.error: ${args.map(describe).join(' ')}`);
    return consoleError.apply(this, args);
  };

  // The a11y addon's axe run arrives as a report in storyFinished; keep what a reader of the log needs.
  const summarise = (report) => {
    const result = report.result ?? {};
    return {
      type: report.type,
      status: report.status,
      error: result.error ? describe(result.error) : undefined,
      violations: (result.violations ?? []).map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => [].concat(n.target).join(' ')),
      })),
    };
  };

  const hooked = new WeakSet();
  const hook = (channel) => {
    if (!channel || typeof channel.on !== 'function' || hooked.has(channel)) return;
    hooked.add(channel);
    channel.on('storyRenderPhaseChanged', ({ newPhase }) => {
      state.phase = newPhase;
    });
    channel.on('storyRendered', () => {
      state.rendered = true;
    });
    channel.on('storyMissing', (id) => note(state.exceptions, `story missing or failed to load: ${id ?? '(no id)'}`));
    channel.on('storyErrored', ({ title, description }) =>
      note(state.exceptions, `story errored: ${title}: ${description}`),
    );
    channel.on('storyThrewException', (e) => note(state.exceptions, `story threw: ${describe(e)}`));
    channel.on('playFunctionThrewException', (e) => note(state.exceptions, `play function threw: ${describe(e)}`));
    channel.on('unhandledErrorsWhilePlaying', (errors) =>
      note(state.exceptions, `unhandled errors while playing: ${errors.map(describe).join('; ')}`),
    );
    channel.on('storyFinished', ({ storyId, status, reporters }) => {
      state.finished = { storyId, status, reports: (reporters ?? []).map(summarise) };
    });
  };

  // Storybook creates its channel with `globalThis.__STORYBOOK_ADDONS_CHANNEL__ = channel`: listen from the start.
  let current;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (channel) => {
      current = channel;
      hook(channel);
    },
  });
})();
