# Translation: Arabic (Modern Standard Arabic). Review status: see data/i18n/locales.toml and the review pack.
# "Get help now". Service names stay in their own language (they come from data/crisis).
# Gender-neutral wording throughout. "helpline" = "خط مساعدة".

crisis-title = مساعدة الآن
# As in English: the risk of acting on the thoughts, never that they are "stronger than you".
# "immediate danger" = "خطر داهم" (the usual phrase), not the calque "خطر مباشر".
crisis-emergency-lead = إذا كنت في خطر داهم، أو خشيت أن تتحوّل أفكار إنهاء حياتك إلى فعل، فالرجاء الاتصال بخدمات الطوارئ الآن.
crisis-emergency-unknown = إذا كنت في خطر داهم، فالرجاء الاتصال برقم الطوارئ في بلدك الآن.
crisis-already-hurt = إذا كنت قد آذيت نفسك بالفعل، فالرجاء طلب المساعدة الطبية الآن، حتى لو بدا لك أنك بخير.
# "في" needs no change for any name: Arabic country names carry their own article (في المملكة المتحدة، في مصر).
crisis-services-heading = أشخاص يمكنك التحدّث إليهم في { $country }
crisis-practice-heading = من هذه العيادة
crisis-added-by-practice = أضافته هذه العيادة
crisis-no-confirmed-line = لم نتحقّق بعدُ من أي خط مساعدة في هذا البلد. هذه الأدلة تضمّ خطوط مساعدة في أنحاء العالم:
crisis-directories-lead = هل أنت بحاجة إلى خيارات أكثر؟ هذه الأدلة تضمّ خطوط مساعدة في أنحاء العالم:
crisis-directories-unknown = يمكن أيضًا البحث عن خط مساعدة في هذه الأدلة التي تضمّ خطوطًا في أنحاء العالم:
crisis-directory-iasp = دليل مراكز الأزمات (IASP)
crisis-call = اتصال
crisis-call-backup = رقم بديل
crisis-text = رسالة نصية
crisis-text-keyword = إرسال كلمة { $keyword } برسالة نصية إلى
crisis-menu-option = ثم اختيار الخيار رقم { $option }
crisis-chat = دردشة عبر الإنترنت
crisis-website = الموقع الإلكتروني
crisis-open-24-7 = متاح على مدار الساعة، طوال الأسبوع
crisis-hours = ساعات العمل: { $hours }
crisis-free = مجاني
crisis-audience-young-people = لليافعين والشباب
crisis-audience-lgbtq = لأفراد مجتمع الميم (LGBTQ+)
crisis-audience-veterans = للمحاربين القدامى
crisis-audience-women = للنساء
crisis-audience-men = للرجال
crisis-audience-older-people = لكبار السن
crisis-verified = تم التحقق في { $date }
crisis-source = المصدر
crisis-choose-country = اختيار البلد
crisis-change-country = في بلد آخر؟
crisis-filter-label = البحث عن بلد
crisis-country-label = البلد
crisis-report = الإبلاغ عن رقم خاطئ
