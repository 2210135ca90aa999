# Translation: Arabic (Modern Standard Arabic). Review status: see data/i18n/locales.toml and the review pack.
# Harbor: the frame around every screen. Reading age about 12; warm, calm, no promises.
# Safe-messaging rules: ../../../../shared/CONTENT.md (never "panic button").
# Gender: written to be gender-neutral (verbal nouns, "الرجاء" + noun, no gendered imperatives).

home-title = دعم في اللحظات الصعبة
home-intro = لا داعي للعجلة. يمكنك تجربة تمرين مهدّئ، أو التعرّف على أنواع العلاج النفسي، أو البحث عن شخص للتحدّث معه. لا يُحفظ أي شيء هنا، ولا يُرسَل إلى أي مكان.
home-grounding-blurb = تمارين قصيرة يمكنك تجربتها الآن. قد تساعدك على الشعور بثبات أكبر.
home-finder-blurb = بضعة أسئلة عمّا يهمّك في العلاج النفسي، وما قد يناسبك.
home-crisis-blurb = خطوط للاتصال والرسائل النصية والدردشة، فيها أشخاص مدرَّبون على الإصغاء. كثير منها متاح ليلًا ونهارًا.

quick-exit = خروج سريع
get-help-now = مساعدة الآن
nav-home = الرئيسية
privacy-note = لا يُحفظ أي شيء هنا، ولا يُرسَل إلى أي مكان. كل شيء يبقى على هذا الجهاز.
language-label = اللغة
translation-not-reviewed = لم يراجع هذه الترجمة بعدُ أحدٌ من ذوي الخبرة السريرية.

launcher-open = بحاجة إلى دعم؟
launcher-title = دعم Harbor
launcher-close = إغلاق

step-of = الخطوة { $step } من { $total }
