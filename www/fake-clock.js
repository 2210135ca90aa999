// Test-only: a virtual clock every engine can use (Playwright's page.clock exists only in the
// Chromium suite; classic WebDriver has none). Inert until a test calls __clock.install(); from
// then on setTimeout, setInterval, their clear functions and Date.now run on virtual time, which
// moves only in __clock.run(ms). The app's timers (gloo's Timeout and Interval) and its clock
// (js_sys::Date::now) call these globals at each use, so they follow. It also counts what a leak
// test needs: timers still pending, and callbacks fired after __clock.mark().
(function () {
  var real = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout, setInterval: window.setInterval, clearInterval: window.clearInterval, now: Date.now };
  var now = 0;
  var nextId = 1;
  var timers = new Map(); // id → { at, every, fn, args }
  var fired = 0;

  function add(fn, ms, args, repeat) {
    var delay = Math.max(0, Number(ms) || 0);
    var id = nextId++;
    timers.set(id, { at: now + delay, every: repeat ? Math.max(1, delay) : 0, fn: fn, args: args });
    return id;
  }
  function clear(id) {
    timers.delete(id);
  }
  /** The id of the timer due first at or before `limit`, or 0. */
  function due(limit) {
    var best = 0;
    timers.forEach(function (t, id) {
      if (t.at <= limit && (!best || t.at < timers.get(best).at)) best = id;
    });
    return best;
  }

  var channel = new MessageChannel();
  var queued = [];
  channel.port1.onmessage = function () { queued.shift()(); };
  function yieldThen(fn) {
    queued.push(fn);
    channel.port2.postMessage(0);
  }

  window.__clock = {
    install: function () {
      now = real.now.call(Date);
      window.setTimeout = function (fn, ms) { return add(fn, ms, [].slice.call(arguments, 2), false); };
      window.setInterval = function (fn, ms) { return add(fn, ms, [].slice.call(arguments, 2), true); };
      window.clearTimeout = clear;
      window.clearInterval = clear;
      Date.now = function () { return now; };
    },
    /** Moves virtual time on by `ms`, firing every timer that falls due, in order; between
     *  virtual seconds it yields a real macrotask so the app can render. Resolves when done. */
    run: function (ms) {
      var end = now + ms;
      return new Promise(function (resolve) {
        (function step() {
          var second = Math.min(end, now + 1000);
          for (var id = due(second); id; id = due(second)) {
            var t = timers.get(id);
            now = t.at;
            if (t.every) t.at += t.every;
            else timers.delete(id);
            fired++;
            try {
              if (typeof t.fn === "function") t.fn.apply(window, t.args);
            } catch (e) {
              // Uncaught, as from a real timer: the page's error listeners see it.
              real.setTimeout.call(window, function () { throw e; }, 0);
            }
          }
          now = second;
          // A message to itself, not setTimeout(0): engines throttle nested or background
          // timers (WebKit under Xvfb to one a second), not these.
          yieldThen(now < end ? step : resolve);
        })();
      });
    },
    /** Timers set and not yet fired or cleared. */
    pending: function () { return timers.size; },
    /** Callbacks fired since the last mark() (or since install). */
    fired: function () { return fired; },
    mark: function () { fired = 0; },
  };
})();
