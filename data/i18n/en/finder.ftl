# "Find an approach". Reading age about 12; warm, plain, no promises.
# Facts and their sources: ../../../../shared/CONTENT.md ("What the evidence says",
# "How the approaches are usually described"). Safe-messaging rules apply: never methods,
# never "commit", no details of harm; a content note comes before the research lines.
# Ids starting finder-q-, finder-a-, finder-why-, finder-evidence-, finder-source-,
# finder-approach-, finder-about-, finder-sessions-, finder-suits-less- come from
# data/finder.toml.

finder-title = Find an approach

## Intro

finder-intro-title = How this works
finder-intro-lead = Answer a few questions about what you would like from therapy. Then you'll see three common kinds of therapy, how each one fits your answers, and what research says about them.
finder-intro-time = It takes about two minutes. You can skip any question.
finder-intro-not-a-test = It isn't a test. It doesn't diagnose anything or measure risk. It helps you learn about your options.
finder-intro-private = Your answers stay on this device. They are not saved or sent anywhere, and they are cleared when you start over, close Harbor or leave this page.
finder-intro-help = If you need to talk to someone right now, choose "Get help now" at the top. It's there on every screen.
finder-start = Start

## Questions

finder-progress = Question { $n } of { $total }
finder-next = Next
finder-show-results = See what might suit you
finder-not-sure = Not sure
finder-previous = Previous question
finder-start-over = Start over
finder-choose-first = Choose an answer, or choose "Not sure" to skip this question.
finder-cleared = Your answers have been cleared.

finder-q-structure = What would you like your sessions to be like?
finder-a-structure-planned = Planned, with clear steps and goals
finder-a-structure-open = Open, so I can talk about whatever is on my mind
finder-why-structure-planned = You'd like sessions with a clear plan and goals.
finder-why-structure-open = You'd like open sessions where you can talk about whatever is on your mind.

finder-q-homework = How would you feel about things to try between sessions, like short exercises or notes?
finder-a-homework-yes = I'd like that
finder-a-homework-no = I'd rather keep it to the sessions
finder-why-homework-yes = You're happy to try things between sessions.
finder-why-homework-no = You'd rather not have tasks between sessions.

finder-q-focus = What would you most like to get from therapy?
finder-a-focus-skills = Practical skills I can use when things feel hard
finder-a-focus-understand = To understand where my feelings come from
finder-why-focus-skills = You'd like practical skills to use when things feel hard.
finder-why-focus-understand = You'd like to understand where your feelings come from.

finder-q-when = What would you like to talk about most?
finder-a-when-now = What's happening in my life now, and what to do next
finder-a-when-past = How my past shapes the way I feel now
finder-why-when-now = You'd like to focus on what's happening now.
finder-why-when-past = You'd like to look at how your past shapes the way you feel now.

finder-q-group = Some therapy includes learning in a group with other people, as well as seeing a therapist on your own. How would you feel about that?
finder-a-group-ok = I'd be OK with a group
finder-a-group-one-to-one = I'd rather only see a therapist on my own
finder-why-group-ok = You're OK with learning in a group.
finder-why-group-one-to-one = You'd rather see a therapist on your own.

finder-q-hours = How much time could you give to therapy each week?
finder-a-hours-one = About one session a week
finder-a-hours-more = More than one session a week is OK
finder-why-hours-one = You'd like about one session a week.
finder-why-hours-more = You could give time to more than one session a week.

finder-q-length = How long would you like therapy to last?
finder-a-length-short = A few months or less
finder-a-length-long = About a year, or longer if it helps
finder-why-length-short = You'd like therapy to last a few months or less.
finder-why-length-long = You're open to therapy lasting about a year, or longer.

finder-q-age = Last question: are you under 18? This changes which research we show you.
finder-a-age-under-18 = Yes, I'm under 18
finder-a-age-adult = No, I'm 18 or over
finder-why-age-under-18 = You're under 18. A kind of DBT made for teenagers (DBT-A) has the strongest research for young people.

## Result

finder-result-title = What might suit you
finder-frame-not-a-test = This is not a test. It doesn't diagnose anything and it doesn't measure risk. It only compares what you said you'd like with how each therapy usually works.
finder-frame-evidence = Research on any single therapy is limited, except for DBT made for teenagers (DBT-A).
finder-frame-fit = The fit between you and your therapist matters a lot. It helps to find a therapist you get on with and feel you can trust.
finder-result-lead = Here are all three, starting with the one closest to your answers.
# Hope without a promise (CONTENT.md: include hope and recovery).
finder-result-hope = Many people find that, with the right support, things can get better.
finder-content-note = This part is about research on self-harm. It talks about studies only, with no details, and you can skip it.
finder-all-level = Your answers didn't point to one approach more than the others, so they are shown in a fixed order.
finder-level-with-above = Your answers fit this one and the one above equally.

finder-heading-why = Why this came up
finder-no-reasons = None of your answers pointed to this one. It may still be worth asking about.
finder-reasons-count = { $count ->
    [one] One of your answers points to this one.
   *[other] { $count } of your answers point to this one.
}
finder-more = Why it came up, and more
# One sentence per approach, shown on its card; the detail opens below it.
finder-summary-cbt = Practical and planned: you look at how thoughts, feelings and actions link, and try things between sessions.
finder-summary-dbt = Skills for very intense emotions, learnt in a weekly group and one-to-one sessions, usually for about a year.
finder-summary-psychodynamic = Space to talk freely and understand how your past shapes how you feel today.
finder-heading-what = What it is
finder-heading-sessions = What sessions are like
finder-heading-research = Research on self-harm
finder-heading-suits-less = Who it may suit less
finder-source = Source:

finder-approach-cbt = CBT (cognitive behavioural therapy)
finder-about-cbt = CBT looks at how your thoughts, feelings and actions link together in your life now. You and your therapist work on practical ways to handle problems, and you try things out between sessions.
finder-sessions-cbt = Often 6 to 20 sessions, every week or every two weeks, each 30 to 60 minutes. It can be one-to-one, in a group, or guided self-help with a book or online course.
finder-suits-less-cbt = It may suit you less if you'd rather talk freely without a plan, you don't want tasks between sessions, or you want to explore your past in depth.

finder-approach-dbt = DBT (dialectical behaviour therapy)
finder-about-dbt = DBT was made for people whose emotions feel very intense, including people who self-harm. It teaches skills in four areas: noticing the present moment (mindfulness), getting through really hard moments, handling strong emotions, and getting on with other people.
finder-sessions-dbt = Usually about a year, with a weekly skills group and a weekly one-to-one session. Many programmes also offer phone support between sessions to help you use the skills. The version for teenagers (DBT-A) includes parents or carers.
finder-suits-less-dbt = It may suit you less if you can't give time to more than one session a week, you'd rather not be in a group, or you want something short.

finder-approach-psychodynamic = Psychodynamic therapy
finder-about-psychodynamic = Psychodynamic therapy gives you space to talk freely. It helps you understand how past experiences, and feelings you may not be aware of, shape how you feel and act today. Your relationship with the therapist is an important part of the work.
finder-sessions-psychodynamic = Usually one-to-one, once a week, about 50 minutes each. It often starts with a few meetings to get to know each other, then lasts for months, a year, or longer. There is no homework.
finder-suits-less-psychodynamic = It may suit you less if you want practical tools quickly, a clear plan for each session, or a short course.

## How sure the research is (plain words for each certainty, and for sources without one)

finder-certainty-high = Strong evidence: researchers are confident the real effect is close to what the studies found.
finder-certainty-moderate = Moderate evidence: the real effect is probably close to what the studies found, but it could be quite different.
finder-certainty-low = Limited evidence: the real effect may be quite different from what the studies found.
finder-certainty-very-low = Very limited evidence: researchers are very uncertain. The real effect is likely to be quite different from what the studies found.
finder-kind-trial = One small study: a single study can't tell us for sure.
finder-kind-guideline = Guidance: what the official health guidance in England recommends.

finder-evidence-cbt-adult = For adults, one-to-one therapy based on CBT may lower the chance of self-harm happening again by the end of treatment. There was also some sign that it may help 6 and 12 months later.
finder-evidence-cbt-adult-nice = Health guidance in England suggests a structured talking therapy for adults who have self-harmed. It uses ideas from CBT, is shaped around the person, and usually lasts 4 to 10 sessions.
finder-evidence-cbt-under-18 = For under-18s, two small studies of one-to-one therapy based on CBT found no clear difference, compared with usual care, in whether self-harm happened again by the end of treatment.
finder-evidence-dbt-adult = For adults, it is very unclear whether DBT makes self-harm less likely to happen again. It may help self-harm happen less often.
finder-evidence-dbt-under-18 = For under-18s, DBT made for teenagers (DBT-A) lowered the chance of self-harm happening again by the end of treatment. This comes from 4 small studies with 270 young people in all. It is the strongest result in this research, but no study can promise how therapy will go for one person.
finder-evidence-dbt-under-18-nice = Health guidance in England says DBT-A can be considered for young people who self-harm often and find strong emotions very hard to manage.
finder-evidence-psychodynamic-adult = In one small study from 2001, adults had four sessions of a psychodynamic talking therapy at home after a hospital visit. Six months later, fewer of them said they had self-harmed again than people who had usual care. This was not the main thing the study measured.
finder-evidence-psychodynamic-adult-mbt = For adults, one study looked at a related therapy (MBT, which grew out of psychodynamic ideas). By the end of treatment, fewer people had self-harmed again than with the other care in the study, and it happened less often.
finder-evidence-psychodynamic-under-18 = For under-18s, two small studies looked at a related therapy for teenagers (MBT-A, which grew out of psychodynamic ideas). It is very unclear whether it lowers the chance of self-harm happening again.

# The name of each line's source, shown as its link (finder-source-<evidence id>).
finder-source-cbt-adult = Cochrane review for adults, Witt et al. 2021
finder-source-cbt-adult-nice = NICE guideline NG225 (2022)
finder-source-cbt-under-18 = Cochrane review for under-18s, Witt et al. 2021
finder-source-dbt-adult = Cochrane review for adults, Witt et al. 2021
finder-source-dbt-under-18 = Cochrane review for under-18s, Witt et al. 2021
finder-source-dbt-under-18-nice = NICE guideline NG225 (2022)
finder-source-psychodynamic-adult = Guthrie et al. 2001, BMJ
finder-source-psychodynamic-adult-mbt = Cochrane review for adults, Witt et al. 2021
finder-source-psychodynamic-under-18 = Cochrane review for under-18s, Witt et al. 2021

## Next steps

finder-next-title = A good next step
finder-next-lead = A therapist can help you choose. You can ask about any of these approaches, and whether they offer it.
finder-contact-default = Contact this practice
finder-back-to-questions = Back to the questions
