# Harbor: the frame around every screen. Reading age about 12; warm, calm, no promises.
# Safe-messaging rules: ../../../../shared/CONTENT.md (never "panic button").

home-title = Support for difficult moments
home-intro = Take a moment. You can try a calming exercise, learn about kinds of therapy, or talk to someone right now. Nothing you do here is saved or sent.
home-grounding-blurb = Short exercises to help you feel steadier, right now.
home-finder-blurb = A few questions about what you want from therapy, and what might suit you.
home-crisis-blurb = Phone, text and chat lines where someone will listen. Many are open day and night.

quick-exit = Quick exit
get-help-now = Get help now
# The way back to the home screen is named for it: "‹ Home".
nav-home = Home
privacy-note = Nothing you do here is saved or sent. It stays on this device.
language-label = Language

launcher-open = Need support?
launcher-title = Harbor support
launcher-close = Close

step-of = Step { $step } of { $total }
