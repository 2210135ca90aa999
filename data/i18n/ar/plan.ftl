# Translation: Arabic. Review status: see data/i18n/locales.toml and the review pack.
# Register: Modern Standard Arabic, plain and warm (reading age about 12). Gender: gender-neutral
# towards the reader, as in shell.ftl and grounding.ftl, but in full sentences rather than strings
# of verbal nouns: "يمكنك" + verbal noun, passive or impersonal forms ("لا يُحفظ"، "قد يساعد"),
# unvocalised past tense and pronoun suffixes, no imperatives and no 2nd-person present verbs.
# Idea lines are in the first person ("أتوقف عن الرد على الرسائل"), which is the same for every
# gender. Other people: paired forms for the therapist ("المعالج أو المعالجة"، "معالجي أو معالجتي")
# as in finder.ftl; otherwise grammatical masculine for "شخص" / "أحد".
# Vocabulary: safety plan = "خطة الأمان", helpline = "خط مساعدة", exercise = "تمرين",
# emergency number = "رقم الطوارئ", immediate danger = "خطر مباشر" (as in crisis.ftl).
# "My plan for hard moments": a safety plan the visitor writes one step per screen (Stanley &
# Brown's six steps, then an optional seventh), then prints, saves or copies. Reading age about
# 12; warm, calm, no promises, "you". Every step can be skipped; no counters of what is done.
# Safe-messaging rules: ../../../../shared/CONTENT.md. The step on safer surroundings never names
# a method, a means or an object: it speaks of "some things" and of asking someone to help.
# Ideas are short first-person lines the visitor taps to add to their own words; no food,
# alcohol or substitute behaviours. Sources and reasons: data/plan/README.md.

plan-title = خطتي للحظات الصعبة
# The plan's card on the home screen.
home-plan-blurb = يمكنك كتابة ما قد يساعدك عندما تصعب الأمور، خطوةً بخطوة. ويبقى كل شيء على هذا الجهاز.
# The way back to the plan, from "Get help now": short, so it stays on one line.
plan-short-name = خطتي

## The introduction

plan-intro-title = ما هي خطة الأمان؟
plan-intro = خطة الأمان قائمة قصيرة، بكلماتك أنت، فيها أشياء يمكن أن تساعدك على تجاوز لحظة صعبة: أولًا ما يمكنك فعله بنفسك، ثم أشخاص يمكنهم مساعدتك.
plan-start = بدء خطتي
# Instead of "Start my plan" once something is written.
plan-continue = متابعة خطتي
plan-intro-private = لا يُحفظ أي شيء مما يُكتب هنا، ولا يُرسَل إلى أي مكان. يمكنك كتابة القليل أو الكثير، كما يناسبك، ويمكنك تخطّي أي خطوة. وإن أمكن، فمن الجيد مشاركة خطتك مع شخص محلّ ثقتك، أو مع المعالج أو المعالجة.
plan-intro-calm = قد يكون القيام بهذا أسهل في يوم أكثر هدوءًا.
plan-intro-source = تتّبع هذه الخطة منهج «تدخّل تخطيط الأمان» (Safety Planning Intervention) الذي طوّرته باربرا ستانلي (Barbara Stanley) وغريغوري براون (Gregory Brown)، وهو منهج تستخدمه خدمات صحية كثيرة.

## Every step

plan-ideas = يمكنك النقر على فكرة لإضافتها، أو كتابة أفكارك بكلماتك.
plan-optional = يمكنك ترك هذه الخطوة فارغة.
plan-next = التالي
plan-previous = الخطوة السابقة
plan-see-plan = عرض خطتي

## The steps

plan-signs-title = علاماتي التحذيرية
plan-signs-prompt = ما الذي ينبّهك إلى أن لحظة صعبة قد تكون في بدايتها؟ قد يكون ذلك فكرة، أو شعورًا، أو شيئًا في جسمك، أو شيئًا يحدث.
plan-signs-idea-1 = أتوقف عن الرد على الرسائل
plan-signs-idea-2 = لا أستطيع النوم، أو أنام طوال اليوم
plan-signs-idea-3 = أبدأ بالتفكير أنه لا شيء سيتحسّن
plan-signs-idea-4 = أشعر بضيق وثقل في صدري
plan-signs-idea-5 = ألغي مواعيدي وأبقى في غرفتي
plan-signs-idea-6 = بعد خلاف أو خبر سيّئ

plan-alone-title = أشياء يمكنني فعلها بنفسي
plan-alone-prompt = ما الذي يساعدك على الشعور بهدوء أكبر قليلًا، أو يأخذ تفكيرك إلى مكان آخر، ولو لبضع دقائق؟ كثيرًا ما تفيد الأشياء البسيطة. وتمارين Harbor موجودة هنا أيضًا.
plan-alone-idea-1 = أشغّل أغنية أحبّها
plan-alone-idea-2 = أتمشّى قليلًا في الحيّ
plan-alone-idea-3 = أتدثّر ببطانية ناعمة
plan-alone-idea-4 = أكتب ما أشعر به

plan-distract-title = أشخاص وأماكن تساعدني على صرف انتباهي
plan-distract-prompt = إلى أين يمكنك الذهاب، أو مع من يمكنك قضاء بعض الوقت، لصرف انتباهك عن الأمور؟ ليس عليك التحدّث عن مشاعرك.
plan-distract-idea-1 = المكتبة العامة أو محلّ لبيع الكتب
plan-distract-idea-2 = حديقة عامة فيها أناس آخرون
plan-distract-idea-3 = أحد أصدقائي ممّن أدردش معهم في أي موضوع
plan-distract-idea-4 = نادٍ أو دورة أو فريق أنتمي إليه
plan-distract-idea-5 = مجموعة على الإنترنت عن هوايتي

plan-ask-title = أشخاص يمكنني طلب المساعدة منهم
plan-ask-prompt = من يمكنك إخباره بأن الأمور صعبة عليك الآن؟ يمكنك كتابة طرق التواصل معهم. وقد تفيد كتابة ما يمكنك قوله لهم، فقد يصبح الأمر أسهل في تلك اللحظة.
plan-ask-none = إذا لم يخطر ببالك أحد الآن، فلا بأس. في الخطوة التالية أشخاص عملُهم الاستماع إليك.
plan-ask-idea-1 = أحد أصدقائي ممّن أستطيع مراسلتهم
plan-ask-idea-2 = فرد من عائلتي أثق به
plan-ask-idea-3 = أحد المعلّمين أو المدرّبين أو العاملين مع الشباب
plan-ask-idea-4 = شريك حياتي أو شريكة حياتي، أو عائلتي التي اخترتها
plan-ask-idea-5 = أقول: «أمرّ بوقت صعب الآن. هل يمكنك البقاء معي قليلًا؟»

plan-services-title = مختصّون وخدمات
plan-services-prompt = هؤلاء أشخاص عملهم الاستماع والمساعدة. رقم الطوارئ وخطوط المساعدة في بلدك موجودة هنا مسبقًا. يمكنك تغييرها وإضافة غيرها.
plan-services-idea-1 = طبيب الأسرة أو الطبيب العام
plan-services-idea-2 = معالجي أو معالجتي، أو مستشاري النفسي
plan-services-idea-3 = المرشد النفسي في مدرستي أو جامعتي
plan-services-idea-4 = فريق التدخّل في الأزمات في منطقتي

plan-safer-title = جعل محيطي أكثر أمانًا
plan-safer-prompt = عندما تصبح الأمور صعبة جدًا، قد يساعد جعل المكان الذي أنت فيه أكثر أمانًا، أو البقاء بالقرب من شخص ما. وليس عليك ترتيب ذلك وحدك: يمكنك التخطيط لهذه الخطوة مع شخص محلّ ثقتك، أو مع المعالج أو المعالجة.
plan-safer-idea-1 = أطلب من شخص أثق به أن يساعدني في هذا
plan-safer-idea-2 = أناقش هذه الخطوة مع معالجي أو معالجتي
plan-safer-idea-3 = أطلب من شخص أن يحتفظ لي ببعض الأشياء
plan-safer-idea-4 = أذهب إلى مكان فيه أناس آخرون
plan-safer-idea-5 = أبقى بالقرب من شخص ما لبعض الوقت

plan-matters-title = ما يهمّني
plan-matters-prompt = إن أردت، يمكنك كتابة أشياء تهمّك، أو أشياء قادمة يسعدك انتظارها، كبيرة كانت أو صغيرة.
plan-matters-idea-1 = أشخاص أحبّهم
plan-matters-idea-2 = حيواني الأليف، الذي يفرح برؤيتي دائمًا
plan-matters-idea-3 = أشياء صغيرة، مثل صباح مشمس
plan-matters-idea-4 = مكان أودّ أن أراه يومًا ما
plan-matters-idea-5 = موسيقى ما زالت تلامس قلبي

## The whole plan

plan-summary-title = خطتك
plan-summary-lead = هذا كل ما كتبته. يمكنك تغيير أي خطوة، ثم طباعة خطتك أو حفظها أو نسخها.
# A button after each step's text; $step is the step's title.
plan-change = تغيير: { $step }
plan-nothing-yet = لم يُكتب شيء بعد.
plan-keep-lead = خطتك موجودة على هذه الشاشة فقط. عند إغلاق Harbor أو مغادرة هذه الصفحة، تُمحى ولا يمكن استعادتها. للاحتفاظ بها، الرجاء طباعتها أو حفظها أو نسخها قبل ذلك.
plan-device-warning = قبل الحفظ أو الطباعة: إذا كان هذا الجهاز أو الطابعة يستخدمه أشخاص آخرون، أو يتبع مدرسة أو مكان عمل، فقد يتمكّن غيرك من رؤية خطتك.
plan-print = طباعة
plan-save = حفظ كملف
plan-copy = نسخ
# Said to screen readers.
plan-saved = حُفظت خطتك كملف على هذا الجهاز.
# Said to screen readers.
plan-copied = نُسخت خطتك. يمكنك لصقها في مكان خاص بك.
plan-copy-failed = لم ينجح النسخ هنا. يمكنك تحديد نص خطتك ونسخه بنفسك.
# The saved file's name, without ".txt": a plain name that doesn't say what is inside. Letters,
# digits and hyphens only.
plan-file-name = خطتي
# The first line of the professionals step, before the crisis lines.
plan-emergency = رقم الطوارئ: { $number }
# The plan's last line, on screen, on paper and in the file.
plan-danger-now = إذا كنت في خطر مباشر، فالرجاء الاتصال بالرقم { $number }.
plan-danger-now-unknown = إذا كنت في خطر مباشر، فالرجاء الاتصال برقم الطوارئ في بلدك.

## Clearing

plan-clear = مسح خطتي
plan-clear-confirm = مسح كل ما كتبته؟ لا يمكن التراجع عن ذلك.
plan-clear-yes = نعم، مسح الخطة
plan-clear-no = الاحتفاظ بخطتي
# Said to screen readers.
plan-cleared = تم مسح خطتك.
