# Translation: Arabic (Modern Standard Arabic). Not yet reviewed by a native speaker with clinical context.
# "Find an approach". Reading age about 12; warm, plain, no promises.
# Facts and their sources: ../../../../shared/CONTENT.md ("What the evidence says",
# "How the approaches are usually described"). Safe-messaging rules apply: never methods,
# never "commit", no details of harm; a content note comes before the research lines.
# Gender: written to be gender-neutral (verbal nouns, "الرجاء" + noun, unvocalised past tense
# and pronoun suffixes, no gendered imperatives or 2nd-person present verbs).
# "therapist" = "المعالج أو المعالجة"; self-harm = "إيذاء النفس".
# Ids starting finder-q-, finder-a-, finder-why-, finder-evidence-, finder-approach-,
# finder-about-, finder-sessions-, finder-suits-less- come from data/finder.toml.

finder-title = البحث عن نوع علاج مناسب

## Intro

finder-intro-title = كيف تعمل هذه الأداة
finder-intro-lead = هنا بضعة أسئلة عمّا يهمّك في العلاج النفسي. بعدها تظهر لك ثلاثة أنواع شائعة من العلاج، ومدى توافق كلٍّ منها مع إجاباتك، وما تقوله الأبحاث عنها.
finder-intro-time = يستغرق ذلك دقيقتين تقريبًا. ويمكنك تخطّي أي سؤال.
finder-intro-not-a-test = هذا ليس اختبارًا. لا يشخّص أي شيء، ولا يقيس درجة الخطر. كل ما يفعله هو مساعدتك على التعرّف على الخيارات المتاحة لك.
finder-intro-private = تبقى إجاباتك على هذا الجهاز. لا تُحفظ ولا تُرسَل إلى أي مكان، وتُمحى فور مغادرة الصفحة أو البدء من جديد.
finder-intro-help = إذا كنت بحاجة إلى التحدّث مع شخص ما الآن، فالرجاء اختيار «مساعدة الآن» في أعلى الصفحة. هذا الزر موجود في كل شاشة.
finder-start = البدء

## Questions

finder-progress = السؤال { $n } من { $total }
finder-next = التالي
finder-show-results = عرض ما قد يناسبك
finder-not-sure = لا أعرف
finder-previous = السؤال السابق
finder-start-over = البدء من جديد
finder-choose-first = الرجاء اختيار إجابة، أو اختيار «لا أعرف» لتخطّي هذا السؤال.
finder-cleared = تم مسح إجاباتك.

finder-q-structure = ما شكل الجلسات الذي يناسبك أكثر؟
finder-a-structure-planned = مخطَّط لها، بخطوات وأهداف واضحة
finder-a-structure-open = مفتوحة، لأتحدّث فيها عن كل ما يشغل بالي
finder-why-structure-planned = اخترت جلسات لها خطة وأهداف واضحة.
finder-why-structure-open = اخترت جلسات مفتوحة للحديث عن كل ما يشغل بالك.

finder-q-homework = ما رأيك في تجربة بعض الأمور بين الجلسات، مثل تمارين قصيرة أو تدوين ملاحظات؟
finder-a-homework-yes = أودّ ذلك
finder-a-homework-no = أفضّل أن يقتصر الأمر على الجلسات
finder-why-homework-yes = يسعدك تجربة بعض الأمور بين الجلسات.
finder-why-homework-no = اخترت ألّا تكون هناك مهام بين الجلسات.

finder-q-focus = ما أهمّ شيء يمكن أن يقدّمه لك العلاج؟
finder-a-focus-skills = مهارات عملية أستخدمها حين تصعب الأمور
finder-a-focus-understand = أن أفهم من أين تأتي مشاعري
finder-why-focus-skills = يهمّك تعلّم مهارات عملية لاستخدامها حين تصعب الأمور.
finder-why-focus-understand = يهمّك فهم من أين تأتي مشاعرك.

finder-q-when = عن أي شيء يهمّك الحديث أكثر؟
finder-a-when-now = ما يحدث في حياتي الآن، وما الخطوة التالية
finder-a-when-past = كيف يؤثّر ماضيَّ في شعوري الآن
finder-why-when-now = يهمّك التركيز على ما يحدث الآن.
finder-why-when-past = يهمّك النظر في تأثير ماضيك على شعورك الآن.

finder-q-group = بعض أنواع العلاج تتضمّن التعلّم ضمن مجموعة مع أشخاص آخرين، إلى جانب جلسات فردية مع المعالج أو المعالجة. ما رأيك في ذلك؟
finder-a-group-ok = لا مانع لديّ من المجموعة
finder-a-group-one-to-one = أفضّل الجلسات الفردية فقط مع المعالج أو المعالجة
finder-why-group-ok = لا مانع لديك من التعلّم ضمن مجموعة.
finder-why-group-one-to-one = الجلسات الفردية مع المعالج أو المعالجة هي الأنسب لك.

finder-q-hours = كم من الوقت يمكنك تخصيصه للعلاج كل أسبوع؟
finder-a-hours-one = جلسة واحدة تقريبًا في الأسبوع
finder-a-hours-more = لا مانع لديّ من أكثر من جلسة في الأسبوع
finder-why-hours-one = جلسة واحدة تقريبًا في الأسبوع هي الأنسب لك.
finder-why-hours-more = يمكنك تخصيص وقت لأكثر من جلسة في الأسبوع.

finder-q-length = ما المدة المناسبة لك للعلاج؟
finder-a-length-short = بضعة أشهر أو أقل
finder-a-length-long = سنة تقريبًا، أو أكثر إذا كان ذلك مفيدًا
finder-why-length-short = يناسبك علاج يستمرّ بضعة أشهر أو أقل.
finder-why-length-long = لا مانع لديك من علاج يستمرّ سنة تقريبًا أو أكثر.

finder-q-age = السؤال الأخير: هل عمرك أقل من 18 سنة؟ فهذا يغيّر الأبحاث التي نعرضها عليك.
finder-a-age-under-18 = نعم، عمري أقل من 18 سنة
finder-a-age-adult = لا، عمري 18 سنة أو أكثر
finder-why-age-under-18 = عمرك أقل من 18 سنة. وأقوى الأدلة البحثية لدى اليافعين هي لنوع من العلاج السلوكي الجدلي مصمَّم للمراهقين (DBT-A).

## Result

finder-result-title = ما قد يناسبك
finder-frame-title = الرجاء قراءة هذا أولًا
finder-frame-not-a-test = هذا ليس اختبارًا. لا يشخّص أي شيء، ولا يقيس درجة الخطر. كل ما يفعله هو مقارنة ما اخترته في إجاباتك بالطريقة المعتادة لكل نوع من العلاج.
finder-frame-evidence = الأبحاث حول كل نوع من العلاج بمفرده محدودة، باستثناء العلاج السلوكي الجدلي المصمَّم للمراهقين (DBT-A).
finder-frame-fit = أهمّ ما في الأمر هو إيجاد معالج أو معالجة يرتاح إليه قلبك، ويمكنك الوثوق به.
finder-result-lead = إليك أنواع العلاج الثلاثة كلها، بدءًا بالأقرب إلى إجاباتك.
finder-content-note = يذكر كل نوع أيضًا ما توصّلت إليه الأبحاث عن إيذاء النفس. الحديث هنا عن الدراسات فقط، دون أي تفاصيل.
finder-all-level = لم تُشِر إجاباتك إلى نوع أكثر من غيره، لذلك تظهر الأنواع بترتيب ثابت.
finder-level-with-above = تتوافق إجاباتك مع هذا النوع ومع النوع الذي فوقه بالقدر نفسه.

finder-heading-why = لماذا ظهر هذا النوع
finder-no-reasons = لم تُشِر أيٌّ من إجاباتك إلى هذا النوع. ومع ذلك، قد يكون من المفيد السؤال عنه.
finder-heading-what = ما هو
finder-heading-sessions = كيف تكون الجلسات
finder-heading-research = ما تقوله الأبحاث عن إيذاء النفس
finder-heading-suits-less = لمن قد يكون أقل ملاءمة
finder-source = المصدر:

finder-approach-cbt = العلاج المعرفي السلوكي (CBT)
finder-about-cbt = ينظر العلاج المعرفي السلوكي في كيفية ارتباط أفكارك ومشاعرك وتصرفاتك ببعضها في حياتك الآن. ويعمل معك المعالج أو المعالجة على طرق عملية للتعامل مع المشكلات، وتجربة أمور جديدة بين الجلسات جزء من العلاج.
finder-sessions-cbt = غالبًا من 6 إلى 20 جلسة، كل أسبوع أو كل أسبوعين، مدة كل منها من 30 إلى 60 دقيقة. ويمكن أن يكون فرديًا، أو ضمن مجموعة، أو على شكل مساعدة ذاتية موجَّهة باستخدام كتاب أو دورة عبر الإنترنت.
finder-suits-less-cbt = قد يكون أقل ملاءمة إذا كان الحديث بحرية ودون خطة هو الأقرب إليك، أو إذا كانت المهام بين الجلسات لا تناسبك، أو إذا كان استكشاف ماضيك بعمق هو ما يهمّك.

finder-approach-dbt = العلاج السلوكي الجدلي (DBT)
finder-about-dbt = صُمِّم العلاج السلوكي الجدلي للأشخاص الذين تكون مشاعرهم شديدة جدًا، ومنهم من يؤذون أنفسهم. وهو يعلّم مهارات في أربعة مجالات: الانتباه إلى اللحظة الحاضرة (اليقظة الذهنية)، وتجاوز اللحظات الصعبة جدًا، والتعامل مع المشاعر القوية، وبناء علاقات جيدة مع الآخرين.
finder-sessions-dbt = عادةً نحو سنة، مع مجموعة أسبوعية لتعلّم المهارات وجلسة فردية أسبوعية. وتقدّم برامج كثيرة أيضًا دعمًا هاتفيًا بين الجلسات للمساعدة على استخدام المهارات. أما النسخة المخصّصة للمراهقين (DBT-A) فيشارك فيها الوالدان أو مقدّمو الرعاية.
finder-suits-less-dbt = قد يكون أقل ملاءمة إذا لم يكن لديك وقت لأكثر من جلسة في الأسبوع، أو إذا كانت المجموعة لا تناسبك، أو إذا كان ما يناسبك شيئًا قصيرًا.

finder-approach-psychodynamic = العلاج النفسي الديناميكي
finder-about-psychodynamic = يمنحك العلاج النفسي الديناميكي مساحة للحديث بحرية. ويساعدك على فهم كيف تؤثّر تجاربك السابقة، ومشاعر ربما تكون خارج وعيك، في شعورك وتصرفاتك اليوم. وعلاقتك بالمعالج أو المعالجة جزء مهم من العمل.
finder-sessions-psychodynamic = عادةً جلسات فردية، مرة في الأسبوع، مدة كل منها نحو 50 دقيقة. وغالبًا ما يبدأ ببضعة لقاءات للتعارف، ثم يستمرّ لأشهر، أو لسنة، أو أكثر. لا توجد فيه واجبات منزلية.
finder-suits-less-psychodynamic = قد يكون أقل ملاءمة إذا كان ما يهمّك هو الحصول على أدوات عملية بسرعة، أو خطة واضحة لكل جلسة، أو علاج قصير المدة.

## How sure the research is (plain words for each certainty, and for sources without one)

finder-certainty-high = أدلة قوية: الباحثون واثقون إلى حدّ كبير من هذه النتيجة.
finder-certainty-moderate = أدلة متوسطة: هذه النتيجة صحيحة على الأرجح، لكنها قد تتغيّر.
finder-certainty-low = أدلة محدودة: قد تتغيّر هذه النتيجة مع إجراء مزيد من الأبحاث.
finder-certainty-very-low = أدلة محدودة جدًا: لا يمكن الجزم بهذه النتيجة بعد.
finder-kind-trial = أدلة أولية: دراسة واحدة صغيرة، لذلك لا يمكن الجزم بعد.
finder-kind-guideline = توصية: ما توصي به الخدمات الصحية في المملكة المتحدة.

finder-evidence-cbt-adult = لدى البالغين، قد يقلّل العلاج المستند إلى العلاج المعرفي السلوكي من احتمال تكرار إيذاء النفس، خاصةً على المدى الأطول.
finder-evidence-cbt-adult-nice = تقترح الإرشادات الصحية في المملكة المتحدة أن يُعرَض على البالغين الذين آذوا أنفسهم علاجٌ نفسي منظَّم بالحديث يستند إلى العلاج المعرفي السلوكي، عادةً من 4 إلى 10 جلسات.
finder-evidence-cbt-under-18 = لدى من هم دون 18 سنة، ليس واضحًا بعد إن كان العلاج المستند إلى العلاج المعرفي السلوكي يقلّل من احتمال تكرار إيذاء النفس.
finder-evidence-dbt-adult = لدى البالغين، ليس واضحًا إن كان العلاج السلوكي الجدلي يمنع تكرار إيذاء النفس. لكن هناك بعض المؤشرات على أنه يساعد على أن يحدث بوتيرة أقل.
finder-evidence-dbt-under-18 = لدى من هم دون 18 سنة، خفّض العلاج السلوكي الجدلي المصمَّم للمراهقين (DBT-A) احتمال تكرار إيذاء النفس. وهذه أقوى نتيجة توصّلت إليها الأبحاث لأي علاج في هذا المجال.
finder-evidence-dbt-under-18-nice = تقول الإرشادات الصحية في المملكة المتحدة إنه ينبغي النظر في العلاج السلوكي الجدلي للمراهقين (DBT-A) لليافعين الذين يؤذون أنفسهم كثيرًا ويجدون صعوبة كبيرة في التعامل مع المشاعر القوية.
finder-evidence-psychodynamic-adult = في دراسة على البالغين، تلقّى أشخاص بعد زيارة إلى المستشفى أربع جلسات من علاج نفسي ديناميكي بالحديث في منازلهم. وبعد ستة أشهر، كان عدد من قالوا منهم إنهم آذوا أنفسهم مرة أخرى أقل.
finder-evidence-psychodynamic-under-18 = لدى من هم دون 18 سنة، الأبحاث قليلة جدًا. دُرِس علاج قريب منه مخصّص للمراهقين (MBT-A، وقد نشأ من أفكار العلاج النفسي الديناميكي)، وجاءت النتائج غير واضحة إلى حدّ كبير.

# The name of each line's source, shown as its link (finder-source-<evidence id>).
finder-source-cbt-adult = مراجعة كوكرين للبالغين، Witt وزملاؤه 2021
finder-source-cbt-adult-nice = إرشادات NICE رقم NG225 (2022)
finder-source-cbt-under-18 = مراجعة كوكرين لمن هم دون 18 سنة، Witt وزملاؤه 2021
finder-source-dbt-adult = مراجعة كوكرين للبالغين، Witt وزملاؤه 2021
finder-source-dbt-under-18 = مراجعة كوكرين لمن هم دون 18 سنة، Witt وزملاؤه 2021
finder-source-dbt-under-18-nice = إرشادات NICE رقم NG225 (2022)
finder-source-psychodynamic-adult = Guthrie وزملاؤه 2001، BMJ
finder-source-psychodynamic-under-18 = مراجعة كوكرين لمن هم دون 18 سنة، Witt وزملاؤه 2021

## Next steps

finder-next-title = خطوة تالية جيدة
finder-next-lead = يمكن للمعالج أو المعالجة المساعدة في الاختيار. ويمكنك السؤال عن أي من هذه الأنواع، وعمّا إذا كان متاحًا لديهم.
finder-contact-default = التواصل مع هذه العيادة
finder-next-help = إذا كنت بحاجة إلى التحدّث مع أحد الآن، يمكنك الحصول على المساعدة فورًا.
finder-back-to-questions = العودة إلى الأسئلة
