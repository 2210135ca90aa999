# "My plan for hard moments": a safety plan the visitor writes one step per screen (Stanley &
# Brown's six steps, then an optional seventh), then prints, saves or copies. Reading age about
# 12; warm, calm, no promises, "you". Every step can be skipped; no counters of what is done.
# Safe-messaging rules: ../../../../shared/CONTENT.md. The step on safer surroundings never names
# a method, a means or an object: it speaks of "some things" and of asking someone to help.
# Ideas are short first-person lines the visitor taps to add to their own words; no food,
# alcohol or substitute behaviours. Sources and reasons: data/plan/README.md.

plan-title = My plan for hard moments
# The plan's card on the home screen.
home-plan-blurb = Write down, step by step, what can help you when things get hard. It stays on this device.
# The way back to the plan, from "Get help now": short, so it stays on one line.
plan-short-name = My plan

## The introduction

plan-intro-title = What is a safety plan?
plan-intro = A safety plan is a short list, in your own words, of things that can help you through a hard moment: first what you can do yourself, then people who can help.
plan-start = Start my plan
# Instead of "Start my plan" once something is written.
plan-continue = Go on with my plan
plan-intro-private = Nothing you write is saved or sent. Fill in as much or as little as you like, and skip any step. If you can, share your plan with someone you trust or with your therapist.
plan-intro-calm = It can be easier to do this on a calmer day.
plan-intro-source = This plan follows the Safety Planning Intervention by Barbara Stanley and Gregory Brown, which many health services use.

## Every step

plan-ideas = Tap an idea to add it, or write your own.
plan-optional = You can leave this step empty.
plan-next = Next
plan-previous = Previous step
plan-see-plan = See my plan

## The steps

plan-signs-title = My warning signs
plan-signs-prompt = What tells you a hard moment might be starting? It could be a thought, a feeling, something in your body, or something that happens.
plan-signs-idea-1 = I stop answering messages
plan-signs-idea-2 = I can't sleep, or I sleep all day
plan-signs-idea-3 = I start thinking nothing will get better
plan-signs-idea-4 = My chest feels tight and heavy
plan-signs-idea-5 = I cancel plans and stay in my room
plan-signs-idea-6 = After an argument or bad news

plan-alone-title = Things I can do myself
plan-alone-prompt = What helps you feel a bit calmer, or takes your mind somewhere else, even for a few minutes? Simple things work well. Harbor's exercises are here too.
plan-alone-idea-1 = Put on a song I love
plan-alone-idea-2 = Walk around the block
plan-alone-idea-3 = Wrap up in a soft blanket
plan-alone-idea-4 = Write down what I'm feeling

plan-distract-title = People and places that take my mind off things
plan-distract-prompt = Where could you go, or who could you be around, to take your mind off things? You don't have to talk about how you feel.
plan-distract-idea-1 = The library or a bookshop
plan-distract-idea-2 = A park where other people are
plan-distract-idea-3 = A friend I can chat with about anything
plan-distract-idea-4 = A club, class or team I go to
plan-distract-idea-5 = An online group about my hobby

plan-ask-title = People I can ask for help
plan-ask-prompt = Who could you tell that you're having a hard time? Write down how to reach them. It can help to write what you'd say, so it's easier in the moment.
plan-ask-none = If no one comes to mind right now, that's okay. The next step has people whose job is to listen.
plan-ask-idea-1 = A friend I can text
plan-ask-idea-2 = Someone in my family I trust
plan-ask-idea-3 = A teacher, coach or youth worker
plan-ask-idea-4 = My partner or chosen family
plan-ask-idea-5 = Say: "I'm having a hard time. Can you stay with me a bit?"

plan-services-title = Professionals and services
plan-services-prompt = These are people whose job is to listen and help. The emergency number and helplines for your country are already here. You can change them and add your own.
plan-services-idea-1 = My GP or family doctor
plan-services-idea-2 = My therapist or counsellor
plan-services-idea-3 = My school or college counsellor
plan-services-idea-4 = My local crisis team

plan-safer-title = Making my surroundings safer
plan-safer-prompt = When things feel very hard, it can help to make where you are feel safer, or to be near someone. You don't have to work this out alone: you could plan this step with someone you trust or with your therapist.
plan-safer-idea-1 = Ask someone I trust to help with this
plan-safer-idea-2 = Talk this step through with my therapist
plan-safer-idea-3 = Ask someone to keep some things for me
plan-safer-idea-4 = Go where other people are around
plan-safer-idea-5 = Stay close to someone for a while

plan-matters-title = What matters to me
plan-matters-prompt = If you'd like, write down things that matter to you or that you look forward to, big or small.
plan-matters-idea-1 = People I care about
plan-matters-idea-2 = My pet, who's always glad to see me
plan-matters-idea-3 = Small things, like a sunny morning
plan-matters-idea-4 = A place I'd like to see one day
plan-matters-idea-5 = Music that still moves me

## The whole plan

plan-summary-title = Your plan
plan-summary-lead = Here is everything you wrote. You can change any step, then print, save or copy your plan.
# A button after each step's text; $step is the step's title.
plan-change = Change: { $step }
plan-nothing-yet = Nothing written yet.
plan-keep-lead = Your plan is only on this screen. When you close Harbor or leave this page, it is cleared and can't be brought back. To keep it, print it, save it or copy it first.
plan-device-warning = Before you save or print: if this is a shared, school or work device or printer, other people may be able to see your plan.
plan-print = Print
plan-save = Save as a file
plan-copy = Copy
# Said to screen readers.
plan-saved = Your plan was saved as a file on this device.
# Said to screen readers.
plan-copied = Your plan was copied. You can paste it somewhere private.
plan-copy-failed = Copying did not work here. You can select the text of your plan and copy it yourself.
# The saved file's name, without ".txt": a plain name that doesn't say what is inside. Letters,
# digits and hyphens only.
plan-file-name = my-plan
# The first line of the professionals step, before the crisis lines.
plan-emergency = Emergency number: { $number }
# The plan's last line, on screen, on paper and in the file.
plan-danger-now = If you are in immediate danger, call { $number }.
plan-danger-now-unknown = If you are in immediate danger, call your local emergency number.

## Clearing

plan-clear = Clear my plan
plan-clear-confirm = Clear everything you wrote? This can't be undone.
plan-clear-yes = Yes, clear it
plan-clear-no = Keep my plan
# Said to screen readers.
plan-cleared = Your plan was cleared.
