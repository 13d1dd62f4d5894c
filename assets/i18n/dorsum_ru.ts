<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>check</name>
    <message>
        <source>the {sex} body</source>
        <translation>тело: {sex}</translation>
    </message>
    <message>
        <source>both bodies</source>
        <translation>обоих телах</translation>
    </message>
    <message>
        <source>at {stature} cm</source>
        <translation>ростом {stature} см</translation>
    </message>
    <message>
        <source>ok ({zones} zones, {lines} lines, {masks} masks; checked on {bodies})</source>
        <translation>в порядке (зон: {zones}, линий: {lines}, масок: {masks}; проверено на: {bodies})</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>no {languages} translation of this text</source>
        <translation>у этого текста нет перевода: {languages}</translation>
    </message>
    <message>
        <source>unknown language {lang} in a text: expected en, uk, ru</source>
        <translation>неизвестный язык {lang} в тексте: ожидается en, uk, ru</translation>
    </message>
    <message>
        <source>a text needs its English (en), the language the others fall back to</source>
        <translation>тексту нужна английская версия (en): к ней возвращаются другие языки</translation>
    </message>
    <message>
        <source>unknown vertebral level {level} (C1…C7, T1…T12, L1…L5, S1…S5, coccyx)</source>
        <translation>неизвестный уровень позвонка {level} (C1…C7, T1…T12, L1…L5, S1…S5, coccyx)</translation>
    </message>
    <message>
        <source>unknown landmark {name}: expected a vertebral level (e.g. T7 or T7.5), a landmark (e.g. scapula_inferior_angle) or a node group</source>
        <translation>неизвестный ориентир {name}: ожидается уровень позвонка (напр. T7 или T7.5), ориентир (напр. scapula_inferior_angle) или группа лимфоузлов</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>нет такой папки</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>некорректный TOML: {reason}</translation>
    </message>
    <message>
        <source>a seed citation needs the quote it rests on</source>
        <translation>ссылке на источник нужна цитата, на которой она основана</translation>
    </message>
    <message>
        <source>a project decision (dorsum) needs its why</source>
        <translation>решению проекта (dorsum) нужно объяснение (why)</translation>
    </message>
    <message>
        <source>line number {number} is used twice in this zone</source>
        <translation>номер линии {number} использован в этой зоне дважды</translation>
    </message>
    <message>
        <source>span top {top} is not above its bottom {bottom}</source>
        <translation>верх промежутка {top} не выше его низа {bottom}</translation>
    </message>
    <message>
        <source>step {technique} names line {number}, which this zone does not have</source>
        <translation>шаг {technique} называет линию {number}, которой в этой зоне нет</translation>
    </message>
    <message>
        <source>{where}: unknown key; this table takes {keys}</source>
        <translation>{where}: неизвестный ключ; эта таблица принимает {keys}</translation>
    </message>
    <message>
        <source>{where}: the key {key} is missing</source>
        <translation>{where}: отсутствует ключ {key}</translation>
    </message>
    <message>
        <source>holds no zone files (*.toml)</source>
        <translation>не содержит файлов зон (*.toml)</translation>
    </message>
    <message>
        <source>uk or ru</source>
        <extracomment>Words inside the values that are themselves translated.</extracomment>
        <translation>на украинский или русский</translation>
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
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>on the right</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>on the left</source>
        <translation>слева</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>посередине</translation>
    </message>
    <message>
        <source>beside the neck</source>
        <translation>у шеи</translation>
    </message>
    <message>
        <source>beside the upper back</source>
        <translation>на верхней части спины</translation>
    </message>
    <message>
        <source>beside the middle back</source>
        <translation>на средней части спины</translation>
    </message>
    <message>
        <source>beside the lower back</source>
        <translation>на пояснице</translation>
    </message>
    <message>
        <source>beside the sacrum</source>
        <translation>у крестца</translation>
    </message>
    <message>
        <source>beside the tailbone</source>
        <translation>у копчика</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Therapist:</source>
        <translation>Массажист:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>I have read this plan, told the therapist about my health, and agree to the massage described.</source>
        <translation>Я прочитал(а) этот план, рассказал(а) массажисту о своём здоровье и согласен(-на) на описанный массаж.</translation>
    </message>
    <message>
        <source>Back massage plan</source>
        <translation>План массажа спины</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>клиента</translation>
    </message>
    <message>
        <source>by {therapist}</source>
        <translation>массажист: {therapist}</translation>
    </message>
    <message>
        <source>male body</source>
        <translation>мужское тело</translation>
    </message>
    <message>
        <source>female body</source>
        <translation>женское тело</translation>
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
        <translation>Пока без массажа</translation>
    </message>
    <message>
        <source>Because of:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>This note does not replace a doctor&apos;s advice.</source>
        <translation>Эта записка не заменяет совета врача.</translation>
    </message>
    <message>
        <source>zone by zone from the neck down, because of high blood pressure</source>
        <translation>зона за зоной от шеи вниз из-за повышенного давления</translation>
    </message>
    <message>
        <source>zone by zone from the base of the spine upward</source>
        <translation>зона за зоной от основания позвоночника вверх</translation>
    </message>
    <message>
        <source>About {duration} ({minutes} minutes) of a therapeutic back massage, worked {direction}.</source>
        <translation>Около {duration} ({minutes} мин) лечебного массажа спины, {direction}.</translation>
    </message>
    <message>
        <source>About {duration} ({minutes} minutes) of a general back massage, worked {direction}.</source>
        <translation>Около {duration} ({minutes} мин) общего массажа спины, {direction}.</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>Techniques, in order</source>
        <translation>Приёмы, по порядку</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Давление</translation>
    </message>
    <message>
        <source> to </source>
        <translation> — </translation>
    </message>
    <message>
        <source>Areas avoided, and why</source>
        <translation>Участки, которых избегают, и почему</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your {area}&lt;/b&gt; ({where}): never touched; the strokes go round it.</source>
        <translation>&lt;b&gt;Ваш участок «{area}»&lt;/b&gt; ({where}): его никогда не касаются; движения обходят его.</translation>
    </message>
    <message>
        <source>Contraindications checked</source>
        <translation>Проверенные противопоказания</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Before each session</source>
        <translation>Перед каждым сеансом</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Sessions: {sessions}, {per_week} a week; then a maintenance session every {weeks} weeks. The usual recommendation is {usual_sessions} sessions, {usual_per_week} a week, and maintenance every {usual_weeks} weeks.</source>
        <translation>Сеансов: {sessions}, {per_week} в неделю; затем поддерживающий сеанс каждые {weeks} нед. Обычно рекомендуют {usual_sessions} сеансов, {usual_per_week} в неделю и поддержку каждые {usual_weeks} нед.</translation>
    </message>
    <message>
        <source>From Dorsum&apos;s zones, which cite their source texts for every line, time and rule. This plan does not replace a doctor&apos;s advice.</source>
        <translation>По зонам Dorsum, которые для каждой линии, времени и правила ссылаются на источники. Этот план не заменяет совета врача.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numbers&lt;/b&gt; in circles: the order of the lines, the same on both sides.</source>
        <translation>&lt;b&gt;Числа&lt;/b&gt; в кружках: порядок линий, одинаковый с обеих сторон.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arrows&lt;/b&gt;: the way the hands move along each line.</source>
        <translation>&lt;b&gt;Стрелки&lt;/b&gt;: куда движутся руки вдоль каждой линии.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thicker lines&lt;/b&gt;: firmer pressure.</source>
        <translation>&lt;b&gt;Более толстые линии&lt;/b&gt;: более сильное давление.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dotted lines&lt;/b&gt;: lighter pressure there, or a technique left out.</source>
        <translation>&lt;b&gt;Пунктирные линии&lt;/b&gt;: здесь давление легче или пропущен приём.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shaded areas&lt;/b&gt;: not pressed — the spine, the kidneys, the edges of the shoulder blades, and any area of yours to avoid.</source>
        <translation>&lt;b&gt;Затенённые участки&lt;/b&gt;: на них не давят — позвоночник, почки, края лопаток и любой ваш участок, которого следует избегать.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Green circles&lt;/b&gt;: the lymph nodes the strokes lead toward.</source>
        <translation>&lt;b&gt;Зелёные кружки&lt;/b&gt;: лимфоузлы, к которым ведут движения.</translation>
    </message>
    <message>
        <source>Where the hands go</source>
        <translation>Куда идут руки</translation>
    </message>
    <message>
        <source>The pages after this one show each zone. How to read them:</source>
        <translation>Следующие страницы показывают каждую зону. Как их читать:</translation>
    </message>
    <message>
        <source>the bumps of the spine you can feel: neck (C), chest (T) and lower back (L), counted from the top; C7 is the big one at the base of the neck</source>
        <translation>бугорки позвоночника, которые можно прощупать: шея (C), грудь (T) и поясница (L), считая сверху; C7 — большой у основания шеи</translation>
    </message>
    <message>
        <source>the two dimples above the buttocks</source>
        <translation>две ямки над ягодицами</translation>
    </message>
    <message>
        <source>Iliac crest</source>
        <translation>Гребень подвздошной кости</translation>
    </message>
    <message>
        <source>the top edge of the hip bone</source>
        <translation>верхний край тазовой кости</translation>
    </message>
    <message>
        <source>Inferior angle</source>
        <translation>Нижний угол</translation>
    </message>
    <message>
        <source>the lowest point of the shoulder blade</source>
        <translation>самая нижняя точка лопатки</translation>
    </message>
    <message>
        <source>Acromion</source>
        <translation>Акромион</translation>
    </message>
    <message>
        <source>the bony point of the shoulder</source>
        <translation>костный выступ плеча</translation>
    </message>
    <message>
        <source>Supraclavicular, axillary, inguinal nodes</source>
        <translation>Надключичные, подмышечные, паховые лимфоузлы</translation>
    </message>
    <message>
        <source>lymph nodes above the collarbone, in the armpit and in the groin</source>
        <translation>лимфоузлы над ключицей, в подмышке и в паху</translation>
    </message>
    <message>
        <source>Above C6</source>
        <translation>Выше C6</translation>
    </message>
    <message>
        <source>the upper neck, where there is no vibration</source>
        <translation>верх шеи, где нет вибрации</translation>
    </message>
    <message>
        <source>Words on the diagrams</source>
        <translation>Слова на схемах</translation>
    </message>
    <message>
        <source>Massage terms of the classical school</source>
        <translation>Термины классического массажа</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Back massage: zones and stroke lines</source>
        <extracomment>Height of the pressure colour scale, in pixels at ui_scale 1.</extracomment>
        <translation>Массаж спины: зоны и линии движений</translation>
    </message>
    <message>
        <source>male body</source>
        <translation>мужское тело</translation>
    </message>
    <message>
        <source>female body</source>
        <translation>женское тело</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Stroke lines</source>
        <translation>Линии движений</translation>
    </message>
    <message>
        <source>number: the order of the lines, same on both sides</source>
        <translation>число: порядок линий, одинаковый с обеих сторон</translation>
    </message>
    <message>
        <source>arrow: the way the hands move</source>
        <translation>стрелка: куда движутся руки</translation>
    </message>
    <message>
        <source>width: pressure, light → firm</source>
        <translation>толщина: давление, лёгкое → сильное</translation>
    </message>
    <message>
        <source>dotted: pressure reduced or a technique left out</source>
        <translation>пунктир: давление снижено или приём пропущен</translation>
    </message>
    <message>
        <source>grey dashes: no pressure, the hands glide over</source>
        <translation>серые штрихи: без давления, руки скользят</translation>
    </message>
    <message>
        <source>grey dots: the planned path, before going round</source>
        <translation>серые точки: запланированный путь до обхода</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>Маски</translation>
    </message>
    <message>
        <source>spinous process of a vertebra</source>
        <translation>остистый отросток позвонка</translation>
    </message>
    <message>
        <source>lymph nodes the strokes drain toward</source>
        <translation>лимфоузлы, к которым ведут движения</translation>
    </message>
    <message>
        <source>bony landmark</source>
        <translation>костный ориентир</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Pressure (hands, trail, dose)</source>
        <translation>Давление (руки, след, доза)</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>линии {numbers}</translation>
    </message>
</context>
<context>
    <name>protocol</name>
    <message>
        <source>Therapeutic session</source>
        <translation>Лечебный сеанс</translation>
    </message>
    <message>
        <source>General session</source>
        <translation>Общий сеанс</translation>
    </message>
    <message>
        <source>top-down</source>
        <translation>сверху вниз</translation>
    </message>
    <message>
        <source>bottom-up</source>
        <translation>снизу вверх</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} мин {s} с</translation>
    </message>
    <message>
        <source>(top-down is for a client with high blood pressure, seed 003)</source>
        <translation>(сверху вниз — для клиента с повышенным давлением, источник 003)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>приём</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>линии</translation>
    </message>
    <message>
        <source>pressure</source>
        <translation>давление</translation>
    </message>
</context>
<context>
    <name>scene</name>
    <message>
        <source>PSIS</source>
        <translation>ЗВПО</translation>
    </message>
    <message>
        <source>Superior angle of the scapula</source>
        <extracomment>The levels students find first and count from (anatomy.md landmarks): always labelled. Layers of text drawn above everything, each following the visibility of its owner layer.</extracomment>
        <translation>Верхний угол лопатки</translation>
    </message>
    <message>
        <source>Root of the spine of the scapula</source>
        <translation>Основание ости лопатки</translation>
    </message>
    <message>
        <source>Inferior angle of the scapula</source>
        <translation>Нижний угол лопатки</translation>
    </message>
    <message>
        <source>Acromion</source>
        <translation>Акромион</translation>
    </message>
    <message>
        <source>Top of the iliac crest</source>
        <translation>Верх гребня подвздошной кости</translation>
    </message>
    <message>
        <source>Posterior superior iliac spine</source>
        <translation>Задняя верхняя подвздошная ость</translation>
    </message>
    <message>
        <source>Tip of rib 11</source>
        <translation>Конец 11-го ребра</translation>
    </message>
    <message>
        <source>Tip of rib 12</source>
        <translation>Конец 12-го ребра</translation>
    </message>
    <message>
        <source>Hilum of the kidney</source>
        <translation>Ворота почки</translation>
    </message>
    <message>
        <source>Posterior axillary fold</source>
        <translation>Задняя подмышечная складка</translation>
    </message>
    <message>
        <source>Gluteal fold</source>
        <translation>Ягодичная складка</translation>
    </message>
    <message>
        <source>External occipital protuberance</source>
        <translation>Наружный затылочный выступ</translation>
    </message>
    <message>
        <source>superior angle</source>
        <translation>верхний угол</translation>
    </message>
    <message>
        <source>root of scapular spine</source>
        <translation>основание ости лопатки</translation>
    </message>
    <message>
        <source>inferior angle</source>
        <translation>нижний угол</translation>
    </message>
    <message>
        <source>acromion</source>
        <translation>акромион</translation>
    </message>
    <message>
        <source>iliac crest</source>
        <translation>подвздошный гребень</translation>
    </message>
    <message>
        <source>rib 12</source>
        <translation>12-е ребро</translation>
    </message>
    <message>
        <source>Supraclavicular nodes</source>
        <extracomment>A node group&apos;s label on the picture.</extracomment>
        <translation>Надключичные узлы</translation>
    </message>
    <message>
        <source>Axillary nodes</source>
        <translation>Подмышечные узлы</translation>
    </message>
    <message>
        <source>Inguinal nodes (groin, in front)</source>
        <translation>Паховые узлы (пах, спереди)</translation>
    </message>
    <message>
        <source>Inguinal nodes</source>
        <translation>Паховые узлы</translation>
    </message>
    <message>
        <source>Mask: {title}</source>
        <translation>Маска: {title}</translation>
    </message>
    <message>
        <source>Strokes drain toward this group; the node area itself is not massaged (anatomy.md)</source>
        <translation>Движения ведут лимфу к этой группе; саму область узлов не массируют (anatomy.md)</translation>
    </message>
    <message>
        <source>Tip of the coccyx</source>
        <translation>Кончик копчика</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>light</source>
        <translation>лёгкое</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>умеренное</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>сильное</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>глубокое</translation>
    </message>
    <message>
        <source>no pressure: the hands glide over or lift</source>
        <translation>без давления: руки скользят или поднимаются</translation>
    </message>
    <message>
        <source>no percussion</source>
        <translation>без ударных приёмов</translation>
    </message>
    <message>
        <source>no deep pressure</source>
        <translation>без глубокого давления</translation>
    </message>
    <message>
        <source>no vibration</source>
        <translation>без вибрации</translation>
    </message>
    <message>
        <source>not touched: strokes go round it</source>
        <translation>не касаться: движения обходят</translation>
    </message>
    <message>
        <source>, reduced pressure</source>
        <translation>, сниженное давление</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>позвоночник</translation>
    </message>
    <message>
        <source>kidney</source>
        <translation>почки</translation>
    </message>
    <message>
        <source>scapula edges</source>
        <translation>края лопаток</translation>
    </message>
    <message>
        <source>above C6</source>
        <translation>выше C6</translation>
    </message>
    <message>
        <source>heart</source>
        <translation>сердце</translation>
    </message>
    <message>
        <source>bony points</source>
        <translation>костные выступы</translation>
    </message>
    <message>
        <source>no go</source>
        <translation>запретный участок</translation>
    </message>
    <message>
        <source>left</source>
        <translation>слева</translation>
    </message>
    <message>
        <source>right</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>посередине</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужское</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женское</translation>
    </message>
    <message>
        <source>stroking</source>
        <translation>поглаживание</translation>
    </message>
    <message>
        <source>squeezing</source>
        <translation>выжимание</translation>
    </message>
    <message>
        <source>rubbing</source>
        <translation>растирание</translation>
    </message>
    <message>
        <source>kneading</source>
        <translation>разминание</translation>
    </message>
    <message>
        <source>vibration</source>
        <translation>вибрация</translation>
    </message>
    <message>
        <source>percussion</source>
        <translation>ударные приёмы</translation>
    </message>
    <message>
        <source>shaking</source>
        <translation>встряхивание</translation>
    </message>
    <message>
        <source>supraclavicular</source>
        <translation>надключичные</translation>
    </message>
    <message>
        <source>axillary</source>
        <translation>подмышечные</translation>
    </message>
    <message>
        <source>inguinal</source>
        <translation>паховые</translation>
    </message>
    <message>
        <source>both</source>
        <translation>обе руки</translation>
    </message>
    <message>
        <source>alternating</source>
        <translation>поочерёдно</translation>
    </message>
    <message>
        <source>reinforced</source>
        <translation>с отягощением</translation>
    </message>
    <message>
        <source>one_lifts</source>
        <translation>одна приподнимает</translation>
    </message>
</context>
</TS>
