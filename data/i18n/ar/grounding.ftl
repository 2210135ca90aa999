# Translation: Arabic. Review status: see data/i18n/locales.toml and the review pack.
# Register: Modern Standard Arabic, plain and warm (reading age about 12); calm, no promises, no streaks or scores.
# "Ground yourself now": grounding exercises. Safe-messaging rules: ../../../../shared/CONTENT.md. In particular:
# never suggest "substitute" behaviours (ice, rubber bands, red pen); 5-4-3-2-1 comes first
# because it doesn't use the breath; no TIPP skills (cold water, intense exercise) here.
# Gender: written to be gender-neutral, and warm: exercise steps speak as "we" (لننظر، لنلاحظ،
# لنشدّ: "let's look, notice, tense"), suggestions use "يمكنك" + verbal noun or "ما رأيك في …؟";
# unvocalised past tense and pronoun suffixes; no gendered imperatives or 2nd-person present verbs.
# Not bare strings of verbal nouns: they read like a form, not like someone alongside.
# "breath" = "النَّفَس" (vocalised, so it is not read as "النَّفْس", the self); phases: شهيق، حبس النَّفَس، زفير، استراحة.
# "urge" = "الرغبة الملحّة" (as strong as the English; plain "الرغبة" is only a wish); soft = "طريّ",
# smooth = "أملس"; "helpline" = "خط مساعدة" (as in crisis.ftl).

grounding-title = استعادة الثبات الآن

## The menu

grounding-intro = يمكنك اختيار ما يبدو مناسبًا لك. ويمكنك التوقّف في أي وقت.
grounding-senses-title = تمرين الحواس 5-4-3-2-1
grounding-senses-blurb = لنلاحظ ما حولنا، حاسّةً بعد حاسّة. هذا التمرين لا يعتمد على التنفّس.
grounding-breathing-title = التنفّس بإيقاع منتظم
grounding-breathing-blurb = لنتنفّس معًا على إيقاع عدٍّ بطيء وثابت.
grounding-urge-title = ركوب الموجة
grounding-urge-blurb = مؤقّت يرافقك خلال رغبة ملحّة قوية. معظم الرغبات الملحّة تخفّ مع الوقت.
grounding-muscle-title = الشدّ والإرخاء
grounding-muscle-blurb = لنشدّ جزءًا من الجسم بلطف ثم نرخِه، جزءًا بعد جزء.
grounding-ideas-title = أفكار للراحة وصرف الانتباه
grounding-ideas-blurb = أشياء صغيرة وآمنة يمكنك فعلها الآن.
grounding-all-exercises = كل التمارين

## Shared by the exercises

grounding-start = البدء
grounding-pause = إيقاف مؤقّت
grounding-resume = متابعة
grounding-stop = إيقاف
# Said to screen readers when the visitor pauses.
grounding-paused = تم الإيقاف المؤقّت.
grounding-seconds-left = { $seconds ->
    [zero] لم تبقَ أي ثانية
    [one] بقيت ثانية واحدة
    [two] بقيت ثانيتان
    [few] بقيت { $seconds } ثوانٍ
    [many] بقيت { $seconds } ثانية
   *[other] بقيت { $seconds } ثانية
}
grounding-checkin-title = كيف حالك الآن؟
grounding-checkin-text = أيًّا كان شعورك الآن، فلا بأس به. يمكنك تكرار هذا التمرين، أو تجربة شيء آخر، أو التحدّث مع شخص ما الآن.
grounding-again = تكرار التمرين
grounding-try-another = تجربة تمرين آخر

## 5-4-3-2-1 senses

grounding-senses-intro = لا داعي للعجلة. لا توجد إجابات خاطئة، ويمكنك تخطّي أي خطوة.
grounding-senses-ideas = بعض الأفكار. يمكنك تحديد ما يلفت انتباهك منها، إن أردت.
grounding-senses-see-heading = خمسة أشياء يمكنك رؤيتها
grounding-senses-see-prompt = لننظر حولنا ببطء، ونبحث عن خمسة أشياء يمكن رؤيتها، كبيرة كانت أو صغيرة.
grounding-senses-see-1 = شيء أزرق
grounding-senses-see-2 = ضوء أو نافذة
grounding-senses-see-3 = شيء بعيد
grounding-senses-see-4 = شيء مكتوب عليه كلمات
grounding-senses-see-5 = شكل يعجبك
grounding-senses-see-6 = شيء يتحرّك
grounding-senses-touch-heading = أربعة أشياء يمكنك الإحساس بها
grounding-senses-touch-prompt = لنلاحظ أربعة أشياء يمكن الإحساس بها أو لمسها، ونبقَ مع كل واحد منها لحظة.
grounding-senses-touch-1 = قدماك على الأرض
grounding-senses-touch-2 = ملابسك على جلدك
grounding-senses-touch-3 = شيء طريّ
grounding-senses-touch-4 = شيء أملس
grounding-senses-touch-5 = المقعد أو السرير من تحتك
grounding-senses-hear-heading = ثلاثة أشياء يمكنك سماعها
grounding-senses-hear-prompt = لنُصغِ إلى ثلاثة أصوات، قريبة أو بعيدة. الأصوات الخافتة تُحسَب أيضًا.
grounding-senses-hear-1 = أصوات أشخاص أو موسيقى
grounding-senses-hear-2 = حركة السيارات أو الريح
grounding-senses-hear-3 = طنين ثلاجة أو مروحة أو حاسوب
grounding-senses-hear-4 = طيور أو حيوانات أخرى
grounding-senses-hear-5 = وقع خطواتك أو حركاتك
grounding-senses-smell-heading = شيئان يمكنك شمّ رائحتهما
grounding-senses-smell-prompt = لنلاحظ رائحتين. وإذا تعذّر شمّ أي شيء، فلنفكّر في رائحتين نحبّهما.
grounding-senses-smell-1 = صابون أو ملابس نظيفة
grounding-senses-smell-2 = هواء نقي
grounding-senses-smell-3 = زهور أو أوراق شجر أو عشب
grounding-senses-smell-4 = رائحة محبّبة إليك
grounding-senses-taste-heading = شيء واحد يمكنك تذوّقه
grounding-senses-taste-prompt = لنلاحظ طعمًا واحدًا في الفم. يمكنك أخذ رشفة ماء، أو التفكير في طعم محبّب إليك.
grounding-senses-taste-1 = معجون أسنان
grounding-senses-taste-2 = رشفة ماء
grounding-senses-taste-3 = الطعم الموجود في فمك الآن
grounding-senses-taste-4 = مشروبك أو طعامك المفضّل
grounding-senses-previous = الخطوة السابقة
grounding-senses-next = التالي
grounding-senses-finish = إنهاء
grounding-senses-done = خصّصت وقتًا لملاحظة العالم من حولك، هنا والآن.

## Paced breathing

grounding-breathing-intro = لنتنفّس مع الكلمات والشكل، على مهل وبلطف. لا داعي لإجبار النَّفَس أبدًا، ولا لحبسه مدةً أطول مما هو مريح لك.
grounding-breathing-not-for-you = إذا كان التفكير في تنفّسك يجعل شعورك أسوأ، فهذا أمر شائع. يمكنك تجربة تمرين 5-4-3-2-1 بدلًا من ذلك.
grounding-breathing-try-senses = تجربة تمرين 5-4-3-2-1 بدلًا من ذلك
grounding-breathing-rhythm = الإيقاع
grounding-breathing-preset-box = التنفّس المربّع: شهيق 4، حبس 4، زفير 4، استراحة 4
grounding-breathing-preset-478 = 4-7-8: شهيق 4، حبس 7، زفير 8
grounding-breathing-preset-longer = زفير أطول: شهيق 4، زفير 6
grounding-breathing-dizzy = إذا شعرت بدوار، فالرجاء التوقّف والتنفّس بشكل طبيعي.
grounding-breathing-more = تغيير الإيقاع أو المدة أو التنبيهات
grounding-breathing-own = ثوانٍ من اختيارك
grounding-breathing-own-hint = يمكنك ضبط حبس النَّفَس أو الاستراحة على 0 لإلغائهما.
grounding-breathing-in-seconds = الشهيق (بالثواني)
grounding-breathing-hold-seconds = حبس النَّفَس (بالثواني)
grounding-breathing-out-seconds = الزفير (بالثواني)
grounding-breathing-rest-seconds = الاستراحة (بالثواني)
grounding-breathing-length = المدة
grounding-breathing-by-minutes = بالدقائق
grounding-breathing-by-breaths = بعدد الأنفاس
grounding-breathing-minutes = عدد الدقائق
grounding-breathing-breaths = عدد الأنفاس
grounding-breathing-cues = تنبيهات إضافية (لا تعمل إلا إذا اخترت تشغيلها)
grounding-breathing-vibrate = الاهتزاز: نبضة واحدة للشهيق، ونبضتان للزفير
grounding-breathing-sound = صوت خفيف عند حلول وقت الشهيق أو الزفير
grounding-breathing-phase-in = شهيق
grounding-breathing-phase-hold = حبس النَّفَس
grounding-breathing-phase-out = زفير
grounding-breathing-phase-rest = استراحة
# Said to screen readers at each change, e.g. "Breathe in, 4 seconds".
grounding-breathing-announce = { $phase }، { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}
grounding-breathing-breath-of = النَّفَس { $n } من { $total }
grounding-breathing-breath = النَّفَس { $n }
grounding-breathing-minutes-left = { $minutes ->
    [0] بقي أقل من دقيقة
    [zero] بقي أقل من دقيقة
    [one] بقيت دقيقة واحدة تقريبًا
    [two] بقيت دقيقتان تقريبًا
    [few] بقيت { $minutes } دقائق تقريبًا
    [many] بقيت { $minutes } دقيقة تقريبًا
   *[other] بقيت { $minutes } دقيقة تقريبًا
}
grounding-breathing-done = منحت نفسك بضع دقائق من التنفّس الهادئ المنتظم.
grounding-breathing-stopped = توقفت، ولا بأس بذلك. إذا لم يكن التركيز على التنفّس مريحًا، فتمرين 5-4-3-2-1 لا يعتمد على التنفّس أبدًا.

## Urge surfing

grounding-urge-intro = قد تبدو الرغبة الملحّة القوية وكأنها لن تتوقّف عن الازدياد. لكن معظم الرغبات الملحّة تشبه الأمواج: ترتفع، ثم تبلغ ذروتها، ثم تخفّ. ليس عليك التصرّف بناءً على هذه الرغبة.
grounding-urge-how = يمكنك اختيار المدة. وفي كل دقيقة، سيظهر سؤال عن حالك.
grounding-urge-choose = كم من الوقت؟
grounding-urge-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
grounding-urge-guide = لنلاحظ موضع هذه الرغبة الملحّة في الجسم، ولنتركها ترتفع. ليس عليك فعل أي شيء حيالها. تكفي مراقبتها، كما لو كانت موجة.
grounding-urge-time-left = الوقت المتبقي: { $time }
grounding-urge-check-title = هل خفّت الرغبة الملحّة؟
grounding-urge-check-text = لا بأس إن لم تخفّ بعد. بعض الأمواج تحتاج إلى وقت أطول حتى تمرّ.
grounding-urge-timeup-title = انتهى الوقت. هل خفّت الرغبة الملحّة؟
grounding-urge-eased = نعم، خفّت
grounding-urge-keep-going = ليس بعد، أريد المتابعة
grounding-urge-extend = إضافة خمس دقائق
grounding-urge-stronger = إنها تشتدّ أكثر
grounding-urge-not-eased = لم تخفّ بعد
grounding-urge-reach-title = لا بأس في طلب المساعدة
grounding-urge-reach-text = عندما تبقى الرغبة الملحّة قوية، قد يساعد التحدّث مع شخص ما. ليس عليك مواجهة هذا وحدك.
grounding-urge-back = العودة إلى المؤقّت
grounding-urge-eased-text = بقيت مع الموجة حتى مرّت. وإذا عادت الرغبة الملحّة، يمكنك العودة إلى هنا أيضًا.

## Tense and let go (paired muscle relaxation)

grounding-muscle-intro = في هذا التمرين، لنشدّ جزءًا من الجسم بلطف ثم نرخِه، جزءًا بعد جزء. ليكن الشدّ بالقدر المريح لك فقط، دون أن يصل أبدًا إلى حدّ الألم. ويمكنك تخطّي أي جزء يؤلمك أو فيه إصابة.
grounding-muscle-hands = اليدان
grounding-muscle-hands-how = لنضمّ اليدين في قبضتين، ونضغط بلطف.
grounding-muscle-arms = الذراعان
grounding-muscle-arms-how = لنثنِ المرفقين، ونشدّ أعلى الذراعين.
grounding-muscle-shoulders = الكتفان
grounding-muscle-shoulders-how = لنرفع الكتفين نحو الأذنين.
grounding-muscle-face = الوجه
grounding-muscle-face-how = لنغمض العينين، ونجعّد الأنف، ونزمّ الشفتين.
grounding-muscle-legs = الساقان
grounding-muscle-legs-how = لنمدّ الساقين إلى الأمام، ونشدّهما.
grounding-muscle-feet = القدمان
grounding-muscle-feet-how = لنضغط بالقدمين على الأرض، ونثنِ أصابع القدمين.
grounding-muscle-tense = الشدّ بلطف
grounding-muscle-release = الإرخاء
grounding-muscle-release-how = والآن، لنرخِ كل شيء، ونلاحظ الإحساس بالاسترخاء. وإن أردت، يمكنك الزفير ببطء مع التفكير في كلمة «استرخاء».
# Said to screen readers when a part begins, e.g. "Hands: Make two fists and squeeze gently."
grounding-muscle-announce = { $part }: { $how }
grounding-muscle-skip = تخطّي هذا الجزء
grounding-muscle-done = خصّصت وقتًا لمساعدة جسمك على الارتخاء قليلًا.

## Comfort and distraction ideas

grounding-ideas-intro = يمكنك تجربة شيء صغير واحد. وإن لم يساعد، يمكنك تجربة غيره. لا توجد طريقة واحدة صحيحة.
grounding-ideas-grounding = استعادة الثبات
grounding-ideas-grounding-1 = يمكنك الضغط بقدميك على الأرض، وملاحظة هذا الإحساس.
grounding-ideas-grounding-2 = يمكنك الإمساك بشيء طريّ أو مريح، مثل بطانية أو وسادة.
grounding-ideas-grounding-3 = يمكنك تسمية كل لون تقع عليه عيناك من حولك.
grounding-ideas-comfort = الراحة
grounding-ideas-comfort-1 = ما رأيك في التدثّر بشيء دافئ؟
grounding-ideas-comfort-2 = يمكنك تحضير مشروب دافئ، وارتشافه ببطء.
grounding-ideas-comfort-3 = ما رأيك في تشغيل أغنية تُشعرك بالأمان؟
grounding-ideas-comfort-4 = يمكنك قضاء بعض الوقت مع حيوان أليف.
grounding-ideas-distract = صرف الانتباه
grounding-ideas-distract-1 = ما رأيك في حلّ أحجية، أو لعب لعبة كلمات، أو تلوين صفحة؟
grounding-ideas-distract-2 = يمكنك مشاهدة شيء مضحك أو مألوف، أو الاستماع إليه.
grounding-ideas-distract-3 = يمكنك ترتيب مكان صغير واحد، مثل درج أو رفّ.
grounding-ideas-distract-4 = ما رأيك في المشي بهدوء في مكان يُشعرك بالأمان؟
grounding-ideas-express = التعبير عمّا في داخلك
grounding-ideas-express-1 = يمكنك كتابة مشاعرك، ثم طيّ الورقة ووضعها جانبًا.
grounding-ideas-express-2 = يمكنك التعبير عن مشاعرك بالرسم أو الخربشة على ورقة.
grounding-ideas-express-3 = لا بأس في الغناء، أو الدندنة، أو البكاء إذا احتجت إلى ذلك.
grounding-ideas-connect = التواصل مع الآخرين
grounding-ideas-connect-1 = يمكنك إرسال رسالة إلى شخص محلّ ثقتك، أو الاتصال به.
grounding-ideas-connect-2 = يمكنك البقاء بالقرب من الآخرين، مثل العائلة، أو في مكان ودود.
grounding-ideas-connect-3 = يمكنك التحدّث إلى خط مساعدة. فيه أشخاص مدرَّبون على الإصغاء.
