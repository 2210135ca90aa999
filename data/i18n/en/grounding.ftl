# "Ground yourself now": grounding exercises. Reading age about 12; warm, calm, no promises,
# no streaks or scores. Safe-messaging rules: ../../../../shared/CONTENT.md. In particular:
# never suggest "substitute" behaviours (ice, rubber bands, red pen); 5-4-3-2-1 comes first
# because it doesn't use the breath; no TIPP skills (cold water, intense exercise) here.

grounding-title = Ground yourself now

## The menu

grounding-intro = Pick whatever feels right for you. You can stop at any time.
grounding-senses-title = 5-4-3-2-1 senses
grounding-senses-blurb = Notice things around you, one sense at a time. This one doesn't use your breath.
grounding-breathing-title = Paced breathing
grounding-breathing-blurb = Breathe along with a slow, steady count.
grounding-urge-title = Ride the wave
# No promise that this urge will pass: most urges ease with time.
grounding-urge-blurb = A timer to help you stay with a strong urge. Most urges ease with time.
grounding-muscle-title = Tense and let go
grounding-muscle-blurb = Gently tighten, then relax, one part of your body at a time.
grounding-ideas-title = Comfort and distraction ideas
grounding-ideas-blurb = Small, safe things you can do right now.
grounding-all-exercises = All exercises

## Shared by the exercises

grounding-start = Start
grounding-pause = Pause
grounding-resume = Resume
grounding-stop = Stop
# Said to screen readers when the visitor pauses.
grounding-paused = Paused.
grounding-seconds-left = { $seconds ->
    [one] 1 second left
   *[other] { $seconds } seconds left
}
grounding-checkin-title = How are you feeling now?
grounding-checkin-text = Whatever you feel is okay. You can do this again, try something else, or talk to someone now.
grounding-again = Do this again
grounding-try-another = Try another exercise

## 5-4-3-2-1 senses

grounding-senses-intro = Take your time. There are no wrong answers, and you can skip any step.
grounding-senses-ideas = Some ideas. Tick any you notice, if you like.
grounding-senses-see-heading = 5 things you can see
grounding-senses-see-prompt = Look around slowly. Find five things you can see, big or small.
grounding-senses-see-1 = Something blue
grounding-senses-see-2 = A light or a window
# Not the visitor's own body (hands, arms, skin): it can draw attention to injuries or scars.
grounding-senses-see-3 = Something far away
grounding-senses-see-4 = Something with words on it
grounding-senses-see-5 = A shape you like
grounding-senses-see-6 = Something that moves
grounding-senses-touch-heading = 4 things you can feel
grounding-senses-touch-prompt = Notice four things you can feel or touch. Stay with each one for a moment.
grounding-senses-touch-1 = Your feet on the floor
grounding-senses-touch-2 = Your clothes on your skin
grounding-senses-touch-3 = Something soft
grounding-senses-touch-4 = Something smooth
grounding-senses-touch-5 = The seat or bed under you
grounding-senses-hear-heading = 3 things you can hear
grounding-senses-hear-prompt = Listen for three sounds, near or far. Quiet sounds count too.
grounding-senses-hear-1 = Voices or music
grounding-senses-hear-2 = Traffic or wind
grounding-senses-hear-3 = The hum of a fridge, fan or computer
grounding-senses-hear-4 = Birds or other animals
grounding-senses-hear-5 = Your own footsteps or movements
grounding-senses-smell-heading = 2 things you can smell
grounding-senses-smell-prompt = Notice two smells. If you can't smell anything, think of two smells you like.
# Smell and taste: non-food ideas first, at most one food, never first (food can be hard for some).
grounding-senses-smell-1 = Soap or clean clothes
grounding-senses-smell-2 = Fresh air
grounding-senses-smell-3 = Flowers, leaves or grass
grounding-senses-smell-4 = A smell you love
grounding-senses-taste-heading = 1 thing you can taste
grounding-senses-taste-prompt = Notice one taste in your mouth. You could take a sip of water, or think of a taste you like.
grounding-senses-taste-1 = Toothpaste
grounding-senses-taste-2 = A sip of water
grounding-senses-taste-3 = The taste in your mouth right now
grounding-senses-taste-4 = A favourite drink or food
grounding-senses-previous = Previous step
grounding-senses-next = Next
grounding-senses-finish = Finish
grounding-senses-done = You took time to notice the world around you, right here and now.

## Paced breathing

grounding-breathing-intro = Breathe along with the words and the shape. Go gently. Never force a breath, and never hold it longer than feels okay.
grounding-breathing-not-for-you = If thinking about your breath makes you feel worse, that's common. Try 5-4-3-2-1 instead.
grounding-breathing-try-senses = Try 5-4-3-2-1 instead
grounding-breathing-rhythm = Rhythm
grounding-breathing-preset-box = Box: in 4, hold 4, out 4, rest 4
grounding-breathing-preset-478 = 4-7-8: in 4, hold 7, out 8
grounding-breathing-preset-longer = Longer out-breath: in 4, out 6
# Shown with the rhythms, which include ones that hold the breath (box, 4-7-8).
grounding-breathing-dizzy = If you feel dizzy, stop and breathe normally.
grounding-breathing-more = Change the rhythm, length or cues
grounding-breathing-own = Your own seconds
grounding-breathing-own-hint = Set hold or rest to 0 to leave it out.
grounding-breathing-in-seconds = Breathe in (seconds)
grounding-breathing-hold-seconds = Hold (seconds)
grounding-breathing-out-seconds = Breathe out (seconds)
grounding-breathing-rest-seconds = Rest (seconds)
grounding-breathing-length = How long
grounding-breathing-by-minutes = By minutes
grounding-breathing-by-breaths = By number of breaths
grounding-breathing-minutes = Minutes
grounding-breathing-breaths = Breaths
grounding-breathing-cues = Extra cues (off unless you turn them on)
grounding-breathing-vibrate = Vibrate: one pulse to breathe in, two to breathe out
grounding-breathing-sound = A soft sound when it's time to breathe in or out
grounding-breathing-phase-in = Breathe in
grounding-breathing-phase-hold = Hold
grounding-breathing-phase-out = Breathe out
grounding-breathing-phase-rest = Rest
# Said to screen readers at each change, e.g. "Breathe in, 4 seconds".
grounding-breathing-announce = { $phase }, { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}
grounding-breathing-breath-of = Breath { $n } of { $total }
grounding-breathing-breath = Breath { $n }
grounding-breathing-minutes-left = { $minutes ->
    [0] Less than a minute left
    [one] About 1 minute left
   *[other] About { $minutes } minutes left
}
grounding-breathing-done = You gave yourself a few minutes of steady breathing.
# After Stop: true however long they breathed (no "few minutes"), and it offers the exercise
# that doesn't use the breath (CONTENT.md: focusing on the breath raises anxiety for some).
grounding-breathing-stopped = You stopped, and that's okay. If focusing on your breath didn't feel right, 5-4-3-2-1 doesn't use the breath at all.

## Urge surfing

grounding-urge-intro = A strong urge can feel like it will only grow. But most urges are like waves: they rise, peak, and then ease. You don't have to act on this one.
grounding-urge-how = Choose a time. Each minute, you'll be asked how it's going.
grounding-urge-choose = How long?
grounding-urge-minutes = { $minutes } minutes
grounding-urge-guide = Notice where you feel the urge in your body. Let it rise. You don't have to do anything with it. Just watch it, like a wave.
grounding-urge-time-left = Time left: { $time }
grounding-urge-check-title = Has the urge eased?
grounding-urge-check-text = It's okay if it hasn't yet. Some waves take longer to pass.
grounding-urge-timeup-title = The time is up. Has the urge eased?
grounding-urge-eased = Yes, it has eased
grounding-urge-keep-going = Not yet, keep going
grounding-urge-extend = Add 5 minutes
grounding-urge-stronger = It's getting stronger
grounding-urge-not-eased = It hasn't eased yet
# Shown when the urge is getting stronger, or hasn't eased when the time is up. Help comes first.
grounding-urge-reach-title = It's okay to ask for help
grounding-urge-reach-text = When an urge stays strong, talking to someone can help. You don't have to get through it on your own.
grounding-urge-back = Back to the timer
grounding-urge-eased-text = You stayed with the wave while it passed. If the urge comes back, you can come back here too.

## Tense and let go (paired muscle relaxation)

grounding-muscle-intro = You'll gently tighten one part of your body, then let it go, one part at a time. Only tense as much as feels okay, never to the point of pain. Skip any part that is sore or hurt.
grounding-muscle-hands = Hands
grounding-muscle-hands-how = Make two fists and squeeze gently.
grounding-muscle-arms = Arms
grounding-muscle-arms-how = Bend your elbows and tighten your upper arms.
grounding-muscle-shoulders = Shoulders
grounding-muscle-shoulders-how = Lift your shoulders up towards your ears.
grounding-muscle-face = Face
grounding-muscle-face-how = Scrunch up your eyes, nose and mouth.
grounding-muscle-legs = Legs
grounding-muscle-legs-how = Stretch your legs out and tighten them.
grounding-muscle-feet = Feet
grounding-muscle-feet-how = Press your feet into the floor and curl your toes.
grounding-muscle-tense = Tense gently
grounding-muscle-release = Let go
grounding-muscle-release-how = Let it all go. Notice how it feels to relax. If you like, breathe out slowly and think the word "relax".
# Said to screen readers when a part begins, e.g. "Hands: Make two fists and squeeze gently."
grounding-muscle-announce = { $part }: { $how }
grounding-muscle-skip = Skip this part
grounding-muscle-done = You took time to let your body loosen a little.

## Comfort and distraction ideas

grounding-ideas-intro = Try one small thing. If it doesn't help, try another. There's no right way.
grounding-ideas-grounding = Ground yourself
grounding-ideas-grounding-1 = Press your feet into the floor and notice how it feels.
grounding-ideas-grounding-2 = Hold something soft or comforting, like a blanket or a cushion.
grounding-ideas-grounding-3 = Name every colour you can see around you.
grounding-ideas-comfort = Comfort
grounding-ideas-comfort-1 = Wrap up in something warm.
grounding-ideas-comfort-2 = Make a warm drink and sip it slowly.
grounding-ideas-comfort-3 = Put on a song that makes you feel safe.
grounding-ideas-comfort-4 = Spend time with a pet.
grounding-ideas-distract = Distraction
grounding-ideas-distract-1 = Do a puzzle, a word game or a colouring page.
grounding-ideas-distract-2 = Watch or listen to something funny or familiar.
grounding-ideas-distract-3 = Tidy one small space, like a drawer or a shelf.
grounding-ideas-distract-4 = Go for a gentle walk, somewhere you feel safe.
grounding-ideas-express = Let it out
grounding-ideas-express-1 = Write down how you feel, then fold the page away.
grounding-ideas-express-2 = Draw or scribble how you feel on a piece of paper.
grounding-ideas-express-3 = Sing, hum, or cry if you need to.
grounding-ideas-connect = Reach out
grounding-ideas-connect-1 = Message or call someone you trust.
grounding-ideas-connect-2 = Be near other people, like family or a friendly place.
grounding-ideas-connect-3 = Talk to a helpline. The people there are trained to listen.
