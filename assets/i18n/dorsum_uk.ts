<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>check</name>
    <message>
        <source>the {sex} body</source>
        <translation>тіло: {sex}</translation>
    </message>
    <message>
        <source>both bodies</source>
        <translation>обох тілах</translation>
    </message>
    <message>
        <source>at {stature} cm</source>
        <translation>зростом {stature} см</translation>
    </message>
    <message>
        <source>ok ({zones} zones, {lines} lines, {masks} masks; checked on {bodies})</source>
        <translation>гаразд (зон: {zones}, ліній: {lines}, масок: {masks}; перевірено на: {bodies})</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <source>no {languages} translation of this text</source>
        <translation>цей текст не має перекладу: {languages}</translation>
    </message>
    <message>
        <source>unknown language {lang} in a text: expected en, uk, ru</source>
        <translation>невідома мова {lang} у тексті: очікується en, uk, ru</translation>
    </message>
    <message>
        <source>a text needs its English (en), the language the others fall back to</source>
        <translation>тексту потрібна англійська версія (en): до неї повертаються інші мови</translation>
    </message>
    <message>
        <source>unknown vertebral level {level} (C1…C7, T1…T12, L1…L5, S1…S5, coccyx)</source>
        <translation>невідомий рівень хребця {level} (C1…C7, T1…T12, L1…L5, S1…S5, coccyx)</translation>
    </message>
    <message>
        <source>unknown landmark {name}: expected a vertebral level (e.g. T7 or T7.5), a landmark (e.g. scapula_inferior_angle) or a node group</source>
        <translation>невідомий орієнтир {name}: очікується рівень хребця (напр. T7 або T7.5), орієнтир (напр. scapula_inferior_angle) або група лімфовузлів</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>немає такого файлу</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>немає такої теки</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>некоректний TOML: {reason}</translation>
    </message>
    <message>
        <source>a seed citation needs the quote it rests on</source>
        <translation>посиланню на джерело потрібна цитата, на якій воно ґрунтується</translation>
    </message>
    <message>
        <source>a project decision (dorsum) needs its why</source>
        <translation>рішенню проєкту (dorsum) потрібне пояснення (why)</translation>
    </message>
    <message>
        <source>line number {number} is used twice in this zone</source>
        <translation>номер лінії {number} використано в цій зоні двічі</translation>
    </message>
    <message>
        <source>span top {top} is not above its bottom {bottom}</source>
        <translation>верх проміжку {top} не вище його низу {bottom}</translation>
    </message>
    <message>
        <source>step {technique} names line {number}, which this zone does not have</source>
        <translation>крок {technique} називає лінію {number}, якої в цій зоні немає</translation>
    </message>
    <message>
        <source>{where}: unknown key; this table takes {keys}</source>
        <translation>{where}: невідомий ключ; ця таблиця приймає {keys}</translation>
    </message>
    <message>
        <source>{where}: the key {key} is missing</source>
        <translation>{where}: бракує ключа {key}</translation>
    </message>
    <message>
        <source>holds no zone files (*.toml)</source>
        <translation>не містить файлів зон (*.toml)</translation>
    </message>
    <message>
        <source>uk or ru</source>
        <extracomment>Words inside the values that are themselves translated.</extracomment>
        <translation>українською чи російською</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} хв</translation>
    </message>
    <message>
        <source>on the right</source>
        <translation>праворуч</translation>
    </message>
    <message>
        <source>on the left</source>
        <translation>ліворуч</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>посередині</translation>
    </message>
    <message>
        <source>beside the neck</source>
        <translation>біля шиї</translation>
    </message>
    <message>
        <source>beside the upper back</source>
        <translation>на верхній частині спини</translation>
    </message>
    <message>
        <source>beside the middle back</source>
        <translation>на середній частині спини</translation>
    </message>
    <message>
        <source>beside the lower back</source>
        <translation>на попереку</translation>
    </message>
    <message>
        <source>beside the sacrum</source>
        <translation>біля крижів</translation>
    </message>
    <message>
        <source>beside the tailbone</source>
        <translation>біля куприка</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клієнт:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Therapist:</source>
        <translation>Масажист:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>I have read this plan, told the therapist about my health, and agree to the massage described.</source>
        <translation>Я прочитав(-ла) цей план, розповів(-ла) масажистові про своє здоров&apos;я і згоден(-на) на описаний масаж.</translation>
    </message>
    <message>
        <source>Back massage plan</source>
        <translation>План масажу спини</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>клієнта</translation>
    </message>
    <message>
        <source>by {therapist}</source>
        <translation>масажист: {therapist}</translation>
    </message>
    <message>
        <source>male body</source>
        <translation>чоловіче тіло</translation>
    </message>
    <message>
        <source>female body</source>
        <translation>жіноче тіло</translation>
    </message>
    <message>
        <source>For &lt;b&gt;{who}&lt;/b&gt;</source>
        <translation>Для &lt;b&gt;{who}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <source>No massage for now</source>
        <translation>Поки що без масажу</translation>
    </message>
    <message>
        <source>Because of:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>This note does not replace a doctor&apos;s advice.</source>
        <translation>Ця записка не замінює поради лікаря.</translation>
    </message>
    <message>
        <source>zone by zone from the neck down, because of high blood pressure</source>
        <translation>зона за зоною від шиї вниз, через підвищений тиск</translation>
    </message>
    <message>
        <source>zone by zone from the base of the spine upward</source>
        <translation>зона за зоною від основи хребта вгору</translation>
    </message>
    <message>
        <source>About {duration} ({minutes} minutes) of a therapeutic back massage, worked {direction}.</source>
        <translation>Близько {duration} ({minutes} хв) лікувального масажу спини, {direction}.</translation>
    </message>
    <message>
        <source>About {duration} ({minutes} minutes) of a general back massage, worked {direction}.</source>
        <translation>Близько {duration} ({minutes} хв) загального масажу спини, {direction}.</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Techniques, in order</source>
        <translation>Прийоми, по черзі</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Тиск</translation>
    </message>
    <message>
        <source> to </source>
        <translation> — </translation>
    </message>
    <message>
        <source>Areas avoided, and why</source>
        <translation>Ділянки, яких уникають, і чому</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your {area}&lt;/b&gt; ({where}): never touched; the strokes go round it.</source>
        <translation>&lt;b&gt;Ваша ділянка «{area}»&lt;/b&gt; ({where}): її ніколи не торкаються; рухи обходять її.</translation>
    </message>
    <message>
        <source>Contraindications checked</source>
        <translation>Перевірені протипоказання</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Before each session</source>
        <translation>Перед кожним сеансом</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Sessions: {sessions}, {per_week} a week; then a maintenance session every {weeks} weeks. The usual recommendation is {usual_sessions} sessions, {usual_per_week} a week, and maintenance every {usual_weeks} weeks.</source>
        <translation>Сеансів: {sessions}, {per_week} на тиждень; потім підтримувальний сеанс кожні {weeks} тиж. Зазвичай рекомендують {usual_sessions} сеансів, {usual_per_week} на тиждень, і підтримку кожні {usual_weeks} тиж.</translation>
    </message>
    <message>
        <source>From Dorsum&apos;s zones, which cite their source texts for every line, time and rule. This plan does not replace a doctor&apos;s advice.</source>
        <translation>За зонами Dorsum, які для кожної лінії, часу й правила посилаються на джерела. Цей план не замінює поради лікаря.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numbers&lt;/b&gt; in circles: the order of the lines, the same on both sides.</source>
        <translation>&lt;b&gt;Числа&lt;/b&gt; в кружках: порядок ліній, однаковий з обох боків.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arrows&lt;/b&gt;: the way the hands move along each line.</source>
        <translation>&lt;b&gt;Стрілки&lt;/b&gt;: куди рухаються руки вздовж кожної лінії.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thicker lines&lt;/b&gt;: firmer pressure.</source>
        <translation>&lt;b&gt;Товстіші лінії&lt;/b&gt;: сильніший тиск.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dotted lines&lt;/b&gt;: lighter pressure there, or a technique left out.</source>
        <translation>&lt;b&gt;Пунктирні лінії&lt;/b&gt;: тут легший тиск або пропущено прийом.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shaded areas&lt;/b&gt;: not pressed — the spine, the kidneys, the edges of the shoulder blades, and any area of yours to avoid.</source>
        <translation>&lt;b&gt;Затінені ділянки&lt;/b&gt;: на них не тиснуть — хребет, нирки, краї лопаток і будь-яка ваша ділянка, якої слід уникати.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Green circles&lt;/b&gt;: the lymph nodes the strokes lead toward.</source>
        <translation>&lt;b&gt;Зелені кружки&lt;/b&gt;: лімфовузли, до яких ведуть рухи.</translation>
    </message>
    <message>
        <source>Where the hands go</source>
        <translation>Куди йдуть руки</translation>
    </message>
    <message>
        <source>The pages after this one show each zone. How to read them:</source>
        <translation>Наступні сторінки показують кожну зону. Як їх читати:</translation>
    </message>
    <message>
        <source>the bumps of the spine you can feel: neck (C), chest (T) and lower back (L), counted from the top; C7 is the big one at the base of the neck</source>
        <translation>горбики хребта, які можна намацати: шия (C), груди (T) і поперек (L), рахуючи згори; C7 — великий біля основи шиї</translation>
    </message>
    <message>
        <source>the two dimples above the buttocks</source>
        <translation>дві ямки над сідницями</translation>
    </message>
    <message>
        <source>Iliac crest</source>
        <translation>Клубовий гребінь</translation>
    </message>
    <message>
        <source>the top edge of the hip bone</source>
        <translation>верхній край тазової кістки</translation>
    </message>
    <message>
        <source>Inferior angle</source>
        <translation>Нижній кут</translation>
    </message>
    <message>
        <source>the lowest point of the shoulder blade</source>
        <translation>найнижча точка лопатки</translation>
    </message>
    <message>
        <source>Acromion</source>
        <translation>Акроміон</translation>
    </message>
    <message>
        <source>the bony point of the shoulder</source>
        <translation>кістковий виступ плеча</translation>
    </message>
    <message>
        <source>Supraclavicular, axillary, inguinal nodes</source>
        <translation>Надключичні, пахвові, пахові лімфовузли</translation>
    </message>
    <message>
        <source>lymph nodes above the collarbone, in the armpit and in the groin</source>
        <translation>лімфовузли над ключицею, у пахві та в паху</translation>
    </message>
    <message>
        <source>Above C6</source>
        <translation>Вище C6</translation>
    </message>
    <message>
        <source>the upper neck, where there is no vibration</source>
        <translation>верх шиї, де немає вібрації</translation>
    </message>
    <message>
        <source>Words on the diagrams</source>
        <translation>Слова на схемах</translation>
    </message>
    <message>
        <source>Massage terms of the classical school</source>
        <translation>Терміни класичного масажу</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Back massage: zones and stroke lines</source>
        <extracomment>Height of the pressure colour scale, in pixels at ui_scale 1.</extracomment>
        <translation>Масаж спини: зони та лінії рухів</translation>
    </message>
    <message>
        <source>male body</source>
        <translation>чоловіче тіло</translation>
    </message>
    <message>
        <source>female body</source>
        <translation>жіноче тіло</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зони</translation>
    </message>
    <message>
        <source>Stroke lines</source>
        <translation>Лінії рухів</translation>
    </message>
    <message>
        <source>number: the order of the lines, same on both sides</source>
        <translation>число: порядок ліній, однаковий з обох боків</translation>
    </message>
    <message>
        <source>arrow: the way the hands move</source>
        <translation>стрілка: куди рухаються руки</translation>
    </message>
    <message>
        <source>width: pressure, light → firm</source>
        <translation>товщина: тиск, легкий → сильний</translation>
    </message>
    <message>
        <source>dotted: pressure reduced or a technique left out</source>
        <translation>пунктир: тиск знижено або прийом пропущено</translation>
    </message>
    <message>
        <source>grey dashes: no pressure, the hands glide over</source>
        <translation>сірі штрихи: без тиску, руки ковзають</translation>
    </message>
    <message>
        <source>grey dots: the planned path, before going round</source>
        <translation>сірі крапки: запланований шлях до обходу</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>Маски</translation>
    </message>
    <message>
        <source>spinous process of a vertebra</source>
        <translation>остистий відросток хребця</translation>
    </message>
    <message>
        <source>lymph nodes the strokes drain toward</source>
        <translation>лімфовузли, до яких ведуть рухи</translation>
    </message>
    <message>
        <source>bony landmark</source>
        <translation>кістковий орієнтир</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>Pressure (hands, trail, dose)</source>
        <translation>Тиск (руки, слід, доза)</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>лінії {numbers}</translation>
    </message>
</context>
<context>
    <name>protocol</name>
    <message>
        <source>Therapeutic session</source>
        <translation>Лікувальний сеанс</translation>
    </message>
    <message>
        <source>General session</source>
        <translation>Загальний сеанс</translation>
    </message>
    <message>
        <source>top-down</source>
        <translation>зверху вниз</translation>
    </message>
    <message>
        <source>bottom-up</source>
        <translation>знизу вгору</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} хв {s} с</translation>
    </message>
    <message>
        <source>(top-down is for a client with high blood pressure, seed 003)</source>
        <translation>(зверху вниз — для клієнта з підвищеним тиском, джерело 003)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>початок</translation>
    </message>
    <message>
        <source>min</source>
        <translation>хв</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>прийом</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>лінії</translation>
    </message>
    <message>
        <source>pressure</source>
        <translation>тиск</translation>
    </message>
</context>
<context>
    <name>scene</name>
    <message>
        <source>PSIS</source>
        <translation>ЗВКО</translation>
    </message>
    <message>
        <source>Superior angle of the scapula</source>
        <extracomment>The levels students find first and count from (anatomy.md landmarks): always labelled. Layers of text drawn above everything, each following the visibility of its owner layer.</extracomment>
        <translation>Верхній кут лопатки</translation>
    </message>
    <message>
        <source>Root of the spine of the scapula</source>
        <translation>Основа ості лопатки</translation>
    </message>
    <message>
        <source>Inferior angle of the scapula</source>
        <translation>Нижній кут лопатки</translation>
    </message>
    <message>
        <source>Acromion</source>
        <translation>Акроміон</translation>
    </message>
    <message>
        <source>Top of the iliac crest</source>
        <translation>Верх клубового гребеня</translation>
    </message>
    <message>
        <source>Posterior superior iliac spine</source>
        <translation>Задня верхня клубова ость</translation>
    </message>
    <message>
        <source>Tip of rib 11</source>
        <translation>Кінець 11-го ребра</translation>
    </message>
    <message>
        <source>Tip of rib 12</source>
        <translation>Кінець 12-го ребра</translation>
    </message>
    <message>
        <source>Hilum of the kidney</source>
        <translation>Ворота нирки</translation>
    </message>
    <message>
        <source>Posterior axillary fold</source>
        <translation>Задня пахвова складка</translation>
    </message>
    <message>
        <source>Gluteal fold</source>
        <translation>Сіднична складка</translation>
    </message>
    <message>
        <source>External occipital protuberance</source>
        <translation>Зовнішній потиличний виступ</translation>
    </message>
    <message>
        <source>superior angle</source>
        <translation>верхній кут</translation>
    </message>
    <message>
        <source>root of scapular spine</source>
        <translation>основа ості лопатки</translation>
    </message>
    <message>
        <source>inferior angle</source>
        <translation>нижній кут</translation>
    </message>
    <message>
        <source>acromion</source>
        <translation>акроміон</translation>
    </message>
    <message>
        <source>iliac crest</source>
        <translation>клубовий гребінь</translation>
    </message>
    <message>
        <source>rib 12</source>
        <translation>12-те ребро</translation>
    </message>
    <message>
        <source>Supraclavicular nodes</source>
        <extracomment>A node group&apos;s label on the picture.</extracomment>
        <translation>Надключичні вузли</translation>
    </message>
    <message>
        <source>Axillary nodes</source>
        <translation>Пахвові вузли</translation>
    </message>
    <message>
        <source>Inguinal nodes (groin, in front)</source>
        <translation>Пахові вузли (пах, спереду)</translation>
    </message>
    <message>
        <source>Inguinal nodes</source>
        <translation>Пахові вузли</translation>
    </message>
    <message>
        <source>Mask: {title}</source>
        <translation>Маска: {title}</translation>
    </message>
    <message>
        <source>Strokes drain toward this group; the node area itself is not massaged (anatomy.md)</source>
        <translation>Рухи ведуть лімфу до цієї групи; саму ділянку вузлів не масажують (anatomy.md)</translation>
    </message>
    <message>
        <source>Tip of the coccyx</source>
        <translation>Кінчик куприка</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>light</source>
        <translation>легкий</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>помірний</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>сильний</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>глибокий</translation>
    </message>
    <message>
        <source>no pressure: the hands glide over or lift</source>
        <translation>без тиску: руки ковзають або піднімаються</translation>
    </message>
    <message>
        <source>no percussion</source>
        <translation>без ударних прийомів</translation>
    </message>
    <message>
        <source>no deep pressure</source>
        <translation>без глибокого тиску</translation>
    </message>
    <message>
        <source>no vibration</source>
        <translation>без вібрації</translation>
    </message>
    <message>
        <source>not touched: strokes go round it</source>
        <translation>не торкатися: рухи обходять</translation>
    </message>
    <message>
        <source>, reduced pressure</source>
        <translation>, знижений тиск</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>хребет</translation>
    </message>
    <message>
        <source>kidney</source>
        <translation>нирки</translation>
    </message>
    <message>
        <source>scapula edges</source>
        <translation>краї лопаток</translation>
    </message>
    <message>
        <source>above C6</source>
        <translation>вище C6</translation>
    </message>
    <message>
        <source>heart</source>
        <translation>серце</translation>
    </message>
    <message>
        <source>bony points</source>
        <translation>кісткові виступи</translation>
    </message>
    <message>
        <source>no go</source>
        <translation>заборонена ділянка</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ліворуч</translation>
    </message>
    <message>
        <source>right</source>
        <translation>праворуч</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>посередині</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіче</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноче</translation>
    </message>
    <message>
        <source>stroking</source>
        <translation>погладжування</translation>
    </message>
    <message>
        <source>squeezing</source>
        <translation>вижимання</translation>
    </message>
    <message>
        <source>rubbing</source>
        <translation>розтирання</translation>
    </message>
    <message>
        <source>kneading</source>
        <translation>розминання</translation>
    </message>
    <message>
        <source>vibration</source>
        <translation>вібрація</translation>
    </message>
    <message>
        <source>percussion</source>
        <translation>ударні прийоми</translation>
    </message>
    <message>
        <source>shaking</source>
        <translation>струшування</translation>
    </message>
    <message>
        <source>supraclavicular</source>
        <translation>надключичні</translation>
    </message>
    <message>
        <source>axillary</source>
        <translation>пахвові</translation>
    </message>
    <message>
        <source>inguinal</source>
        <translation>пахові</translation>
    </message>
    <message>
        <source>both</source>
        <translation>обидві руки</translation>
    </message>
    <message>
        <source>alternating</source>
        <translation>по черзі</translation>
    </message>
    <message>
        <source>reinforced</source>
        <translation>з обтяженням</translation>
    </message>
    <message>
        <source>one_lifts</source>
        <translation>одна піднімає</translation>
    </message>
</context>
</TS>
