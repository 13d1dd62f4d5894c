<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Exports</name>
    <message>
        <source>Nothing was written; what is on screen stays as it was.</source>
        <translation>Нічого не записано; те, що на екрані, лишається як було.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Збережено {path}</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Експорт зображення</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Зображення PNG (*.png);;Малюнок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export geometry</source>
        <translation>Експорт геометрії</translation>
    </message>
    <message>
        <source>PDF on Letter paper (*.pdf)</source>
        <translation>PDF на папері Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Export the handout</source>
        <translation>Експорт пам’ятки</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF на папері A4 (*.pdf)</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Експорт анімації</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;Animated WebP (*.webp);;GIF (*.gif)</source>
        <translation>Відео MP4 (*.mp4);;Анімований WebP (*.webp);;GIF (*.gif)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запис {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>Експорт скасовано: нічого не записано</translation>
    </message>
    <message>
        <source>Dorsum back-massage atlas</source>
        <extracomment>The least share of the picture&apos;s height the body takes, where the page allows it.</extracomment>
        <translation>Dorsum — атлас масажу спини</translation>
    </message>
    <message>
        <source>frame {i}/{total}</source>
        <translation>кадр {i}/{total}</translation>
    </message>
    <message>
        <source>{what}: {pct}% ({i}/{total} frames)</source>
        <translation>{what}: {pct}% (кадрів: {i}/{total})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quiz</source>
        <extracomment>Label sizes the window offers (a projector at 3840×2160 without display scaling wants 2).</extracomment>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зони</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Шари</translation>
    </message>
    <message>
        <source>Muscles (M)</source>
        <translation>М’язи (M)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Тіло</translation>
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
        <source>Atlas</source>
        <translation>Атлас</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Вказівки</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Інструменти</translation>
    </message>
    <message>
        <source>Hover to name a vertebra, landmark, zone or line; click to read its guidance.</source>
        <translation>Наведіть, щоб побачити назву хребця, орієнтира, зони чи лінії; клацніть, щоб прочитати вказівки.</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Усі зони</translation>
    </message>
    <message>
        <source>That layer stays hidden until the question is answered.</source>
        <translation>Цей шар приховано, доки ви не відповісте на запитання.</translation>
    </message>
    <message>
        <source>Labels at {scale}×</source>
        <translation>Підписи: {scale}×</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>Змінити тіло</translation>
    </message>
    <message>
        <source>Use the seeds&apos; {variant} protocol, {direction}</source>
        <translation>Узяти протокол джерел: {variant}, {direction}</translation>
    </message>
    <message>
        <source>Add a no-go area</source>
        <translation>Додати заборонену ділянку</translation>
    </message>
    <message>
        <source>Clear the no-go areas</source>
        <translation>Прибрати заборонені ділянки</translation>
    </message>
    <message>
        <source>Remove a no-go area</source>
        <translation>Прибрати заборонену ділянку</translation>
    </message>
    <message>
        <source>Open a zones folder</source>
        <translation>Відкрити теку зон</translation>
    </message>
    <message>
        <source>new plan</source>
        <translation>новий план</translation>
    </message>
    <message>
        <source>zones from {folder}</source>
        <translation>зони з {folder}</translation>
    </message>
    <message>
        <source>The zones on screen stay as they were (from {folder}). Fix the file and press Ctrl+R to load it again.</source>
        <translation>Зони на екрані лишаються як були (з {folder}). Виправте файл і натисніть Ctrl+R, щоб завантажити його знову.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
</context>
<context>
    <name>NoGoDialog</name>
    <message>
        <source>What is there?</source>
        <translation>Що тут?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Виберіть…</translation>
    </message>
    <message>
        <source>A note (optional): e.g. healed, 2 years old</source>
        <translation>Примітка (необов’язково): напр. загоєна, 2 роки тому</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Client&apos;s name (stays on this computer)</source>
        <translation>Ім’я клієнта (лишається на цьому комп’ютері)</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>Змінити тіло</translation>
    </message>
    <message>
        <source>as the window</source>
        <translation>мовою інтерфейсу</translation>
    </message>
    <message>
        <source>The language of the client&apos;s handout</source>
        <translation>Мова пам’ятки для клієнта</translation>
    </message>
    <message>
        <source>Change the client&apos;s language</source>
        <translation>Змінити мову клієнта</translation>
    </message>
    <message>
        <source>Your name, for the handout</source>
        <translation>Ваше ім’я, для пам’ятки</translation>
    </message>
    <message>
        <source>Phone or e-mail, for the handout</source>
        <translation>Телефон або e-mail, для пам’ятки</translation>
    </message>
    <message>
        <source>mean of the sex</source>
        <translation>середній для статі</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> см</translation>
    </message>
    <message>
        <source>Stop the massage (see a doctor)</source>
        <translation>Абсолютні протипоказання (до лікаря)</translation>
    </message>
    <message>
        <source>Avoid one area (draw it on the back with N)</source>
        <translation>Місцеві протипоказання (обвести на спині: N)</translation>
    </message>
    <message>
        <source>Changes the session</source>
        <translation>Змінює сеанс</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Тиск</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Seeds&apos; protocol</source>
        <translation>Відновити протокол джерел</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> сеансів</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> на тиждень</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> тиж.</translation>
    </message>
    <message>
        <source>The seeds recommend {range}</source>
        <translation>Джерела радять {range}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Тіло</translation>
    </message>
    <message>
        <source>Stature</source>
        <translation>Зріст</translation>
    </message>
    <message>
        <source>Handout in</source>
        <translation>Пам’ятка</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Масажист</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Частота</translation>
    </message>
    <message>
        <source>Maintenance every</source>
        <translation>Підтримка кожні</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt; (edit minutes and pressure in place)</source>
        <translation>&lt;b&gt;Кроки&lt;/b&gt; (хвилини й тиск можна змінювати просто в таблиці)</translation>
    </message>
    <message>
        <source>Before each session</source>
        <translation>Перед кожним сеансом</translation>
    </message>
    <message>
        <source>areas to avoid: {areas} — draw them on the back (N)</source>
        <translation>ділянки, яких слід уникати: {areas}. Обведіть їх на спині (клавіша N)</translation>
    </message>
    <message>
        <source>areas to avoid: {areas} — draw {missing} on the back (N)</source>
        <translation>ділянки, яких слід уникати: {areas}. Обведіть на спині: {missing} (клавіша N)</translation>
    </message>
    <message>
        <source>areas to avoid: {areas}</source>
        <translation>ділянки, яких слід уникати: {areas}</translation>
    </message>
    <message>
        <source>top-down for high blood pressure</source>
        <translation>згори вниз через підвищений артеріальний тиск</translation>
    </message>
    <message>
        <source>Massage can go ahead.</source>
        <translation>Масаж можна проводити.</translation>
    </message>
    <message>
        <source>Within the seeds’ {low}–{high} minutes.</source>
        <translation>У межах {low}–{high} хвилин, які дають джерела.</translation>
    </message>
    <message>
        <source>Total {minutes} min.</source>
        <translation>Разом {minutes} хв.</translation>
    </message>
    <message>
        <source>Change the therapist&apos;s details</source>
        <translation>Змінити дані масажиста</translation>
    </message>
    <message>
        <source>Rename the client</source>
        <translation>Перейменувати клієнта</translation>
    </message>
    <message>
        <source>Change the stature</source>
        <translation>Змінити зріст</translation>
    </message>
    <message>
        <source>Add {condition}</source>
        <translation>Додати: {condition}</translation>
    </message>
    <message>
        <source>Remove {condition}</source>
        <translation>Прибрати: {condition}</translation>
    </message>
    <message>
        <source>Change the minutes of step {n}</source>
        <translation>Змінити хвилини етапу {n}</translation>
    </message>
    <message>
        <source>Change the pressure of step {n}</source>
        <translation>Змінити тиск етапу {n}</translation>
    </message>
    <message>
        <source>Move step {n}</source>
        <translation>Перемістити етап {n}</translation>
    </message>
    <message>
        <source>Remove step {n}</source>
        <translation>Прибрати етап {n}</translation>
    </message>
    <message>
        <source>Change the course</source>
        <translation>Змінити курс</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>Speed {speed}×</source>
        <translation>Швидкість {speed}×</translation>
    </message>
</context>
<context>
    <name>QuizController</name>
    <message>
        <source>Absolute: no massage</source>
        <extracomment>Layers that would give the answer away while a question of each kind waits: vertebra labels (and line numbers beside them), the lines themselves, or the zones&apos; colours and their legend; for a mask question the masks, the lines&apos; dotted stretches and the legend that names them; for a pressure question the lines, whose width is their pressure. The moving hands would cover the answers: off and locked for the whole quiz, but for the question they are the answer to. Kinds answered with a button (the others on the back, or in the order list). The buttons&apos; words for a contraindication&apos;s two groups.</extracomment>
        <translation>Абсолютне: без масажу</translation>
    </message>
    <message>
        <source>Local: keep off that area</source>
        <translation>Місцеве: оминати цю ділянку</translation>
    </message>
    <message>
        <source>Click on the back (the vertebra labels are hidden until you answer).</source>
        <extracomment>A technique question plays in real time, so its tempo is the one techniques.toml gives. What to do, shown under the question until it is answered.</extracomment>
        <translation>Клацніть на спині (підписи хребців приховано, доки ви не відповісте).</translation>
    </message>
    <message>
        <source>Click on the back (the zones are hidden until you answer; the vertebrae guide you).</source>
        <translation>Клацніть на спині (зони приховано, доки ви не відповісте; орієнтуйтеся на хребці).</translation>
    </message>
    <message>
        <source>Drag on the back from where the line starts, the way it runs (the lines are hidden).</source>
        <translation>Проведіть по спині від початку лінії в її напрямку (лінії приховано).</translation>
    </message>
    <message>
        <source>Drag the techniques into order, then press Check (or Enter).</source>
        <translation>Перетягніть прийоми в правильному порядку, потім натисніть «Перевірити» (або Enter).</translation>
    </message>
    <message>
        <source>Click on the back (the masks, the lines and the legend are hidden until you answer).</source>
        <translation>Клацніть на спині (заборонені ділянки, лінії й легенду приховано, доки ви не відповісте).</translation>
    </message>
    <message>
        <source>Choose the pressure (the line is drawn plain: the lines&apos; widths are hidden).</source>
        <translation>Оберіть тиск (лінію показано однаковою товщиною: товщину ліній приховано).</translation>
    </message>
    <message>
        <source>Choose absolute or local.</source>
        <translation>Оберіть: абсолютне чи місцеве.</translation>
    </message>
    <message>
        <source>Watch the hands, then choose the technique (its name is hidden while they move).</source>
        <translation>Стежте за руками, потім оберіть прийом (його назву приховано, поки руки рухаються).</translation>
    </message>
    <message>
        <source>Test yourself on the back: name the vertebrae, find the zones, draw which way the lines run, put each zone&apos;s techniques in order, show where not to press and why, say how hard on a line, tell absolute from local contraindications and recognise a technique from the hands. Ten questions, drawn at random.</source>
        <translation>Перевірте себе на спині: назвіть хребці, знайдіть зони, покажіть, куди йдуть лінії, розставте прийоми кожної зони по порядку, покажіть, де не можна тиснути і чому, скажіть, з яким тиском працюють на лінії, відрізніть абсолютні протипоказання від місцевих і впізнайте прийом за рухами рук. Десять запитань, обраних навмання.</translation>
    </message>
    <message>
        <source>Seed (optional): same seed, same quiz</source>
        <translation>Варіант (необов’язково): той самий номер — той самий тест</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Почати тест</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Stop quiz</source>
        <translation>Зупинити тест</translation>
    </message>
    <message>
        <source>Seed (optional). The whole class types the same seed to get the same questions;
leave it empty for a random quiz.</source>
        <translation>Варіант (необов’язково). Уся група вводить той самий номер, щоб отримати ті самі запитання;
залиште порожнім для випадкового тесту.</translation>
    </message>
    <message>
        <source>Quiz: {how}</source>
        <translation>Тест: {how}</translation>
    </message>
    <message>
        <source>This plan&apos;s session has no step of this technique to show: choose from what you know of the zone.</source>
        <translation>У сеансі цього плану немає кроку з цим прийомом, щоб його показати: оберіть з того, що знаєте про зону.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Правильно</translation>
    </message>
    <message>
        <source>Partly right: {score} of 1</source>
        <translation>Частково правильно: {score} з 1</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Неправильно</translation>
    </message>
    <message>
        <source>See the score</source>
        <translation>Переглянути результат</translation>
    </message>
    <message>
        <source>Quiz: the right answer is on the back. Press Enter or Next to go on.</source>
        <translation>Тест: правильну відповідь показано на спині. Натисніть Enter або «Далі», щоб продовжити.</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Запитання {number} з {count}</translation>
    </message>
    <message>
        <source>Quiz over</source>
        <translation>Тест завершено</translation>
    </message>
    <message>
        <source>score {score}  ·  {right} right</source>
        <translation>бали {score}  ·  правильних відповідей: {right}</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>варіант {seed}</translation>
    </message>
    <message>
        <source>Quiz over: {percent}%</source>
        <translation>Тест завершено: {percent}%</translation>
    </message>
    <message>
        <source>Seed {seed}: start a quiz with this seed to take the same questions again.</source>
        <translation>Варіант {seed}: почніть тест із цим номером, щоб пройти ті самі запитання ще раз.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Quiz over: score {score} of {asked}</source>
        <translation>Тест завершено: бали {score} з {asked}</translation>
    </message>
    <message>
        <source>start of {line}</source>
        <translation>початок: {line}</translation>
    </message>
    <message>
        <source>That was a click: press where the line starts and drag the way it runs.</source>
        <translation>Це було клацання: натисніть там, де лінія починається, і проведіть у її напрямку.</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Відтворити / пауза (Пробіл)</translation>
    </message>
    <message>
        <source>Previous step (←)</source>
        <translation>Попередній крок (←)</translation>
    </message>
    <message>
        <source>Next step (→)</source>
        <translation>Наступний крок (→)</translation>
    </message>
    <message>
        <source>Playback speed: 1× is real time, 60× shows a 30-minute session in 30 s</source>
        <translation>Швидкість відтворення: 1× — реальний час, 60× показує 30-хвилинний сеанс за 30 с</translation>
    </message>
    <message>
        <source>general</source>
        <translation>загальний</translation>
    </message>
    <message>
        <source>therapeutic</source>
        <translation>лікувальний</translation>
    </message>
    <message>
        <source>first session</source>
        <translation>перший сеанс</translation>
    </message>
    <message>
        <source>bottom-up</source>
        <translation>знизу вгору</translation>
    </message>
    <message>
        <source>top-down</source>
        <translation>зверху вниз</translation>
    </message>
    <message>
        <source>Session durations from the seeds: general, therapeutic, or a first session of at most 15 minutes</source>
        <translation>Тривалість сеансу за джерелами: загальний, лікувальний або перший сеанс не довше 15 хвилин</translation>
    </message>
    <message>
        <source>Bottom-up by default; top-down for a client with high blood pressure (seed 003)</source>
        <translation>Типово знизу вгору; зверху вниз — для клієнта з підвищеним тиском (джерело 003)</translation>
    </message>
    <message>
        <source>Loop this step</source>
        <translation>Повторювати крок</translation>
    </message>
    <message>
        <source>Repeat the current technique on the current zone (L)</source>
        <translation>Повторювати поточний прийом на поточній зоні (L)</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt; to play the session; click the strip to jump to a step.</source>
        <translation>Натисніть &lt;b&gt;Пробіл&lt;/b&gt;, щоб відтворити сеанс; клацніть смугу, щоб перейти до кроку.</translation>
    </message>
    <message>
        <source>hands lifted</source>
        <translation>руки підняті</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>лінія {number}</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>лінії {numbers}</translation>
    </message>
    <message>
        <source>pressure now: {word}</source>
        <translation>тиск зараз: {word}</translation>
    </message>
</context>
<context>
    <name>TechniqueCardDialog</name>
    <message>
        <source>Technique card</source>
        <extracomment>The card&apos;s loop plays at this many frames a second (real time: the tempo techniques.toml gives). The dialog&apos;s card, in pixels: a phone&apos;s frame, the size ``animate --close-up`` writes.</extracomment>
        <translation>Картка прийому</translation>
    </message>
    <message>
        <source>Save the loop…</source>
        <translation>Зберегти цикл…</translation>
    </message>
    <message>
        <source>Write this card&apos;s loop as a GIF, WebP or MP4 (as animate --close-up)</source>
        <translation>Записати цикл цієї картки як GIF, WebP або MP4 (як animate --close-up)</translation>
    </message>
    <message>
        <source>Technique card: {name}</source>
        <translation>Картка прийому: {name}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Save the card&apos;s loop</source>
        <translation>Зберегти цикл картки</translation>
    </message>
    <message>
        <source>Animations (*.gif *.webp *.mp4)</source>
        <translation>Анімації (*.gif *.webp *.mp4)</translation>
    </message>
</context>
<context>
    <name>TechniqueCards</name>
    <message>
        <source>The technique card opens again when the quiz is over.</source>
        <translation>Картка прийому знову відкриється, коли тест закінчиться.</translation>
    </message>
</context>
<context>
    <name>TempoDialog</name>
    <message>
        <source>Tempo and repetitions</source>
        <translation>Темп і повторення</translation>
    </message>
    <message>
        <source>Tempo (a minute)</source>
        <translation>Темп (на хвилину)</translation>
    </message>
    <message>
        <source>Repetitions of each line</source>
        <translation>Повторів на кожній лінії</translation>
    </message>
    <message>
        <source> /min</source>
        <translation> /хв</translation>
    </message>
    <message>
        <source> times a line</source>
        <translation> × на лінію</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>The session: each block is a technique on a zone. Click or drag to jump; a click also opens the technique&apos;s card.</source>
        <translation>Сеанс: кожен блок — прийом на зоні. Клацніть або перетягніть, щоб перейти; клацання також відкриває картку прийому.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Новий план</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Відкрити план…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавні</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Зберегти план</translation>
    </message>
    <message>
        <source>Save plan &amp;as…</source>
        <translation>Зберегти план &amp;як…</translation>
    </message>
    <message>
        <source>Open &amp;zones folder…</source>
        <translation>Відкрити теку &amp;зон…</translation>
    </message>
    <message>
        <source>&amp;Reload zones</source>
        <translation>&amp;Перечитати зони</translation>
    </message>
    <message>
        <source>&amp;Export picture…</source>
        <translation>&amp;Експортувати зображення…</translation>
    </message>
    <message>
        <source>Export &amp;geometry (GeoJSON)…</source>
        <translation>Експортувати &amp;геометрію (GeoJSON)…</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>Експортувати &amp;пам’ятку…</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Друкувати пам’ятку…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>З&amp;меншити</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Вмістити</translation>
    </message>
    <message>
        <source>&amp;Larger labels</source>
        <translation>&amp;Більші підписи</translation>
    </message>
    <message>
        <source>&amp;Smaller labels</source>
        <translation>&amp;Менші підписи</translation>
    </message>
    <message>
        <source>Body outline</source>
        <translation>Контур тіла</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зони</translation>
    </message>
    <message>
        <source>Bones and kidneys</source>
        <translation>Кістки й нирки</translation>
    </message>
    <message>
        <source>Masks (where not to press)</source>
        <translation>Маски (де не тиснути)</translation>
    </message>
    <message>
        <source>Lymph nodes</source>
        <translation>Лімфовузли</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Орієнтири</translation>
    </message>
    <message>
        <source>Stroke lines</source>
        <translation>Лінії рухів</translation>
    </message>
    <message>
        <source>Vertebrae</source>
        <translation>Хребці</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Next &amp;muscle view</source>
        <translation>Наступний вигляд &amp;м’язів</translation>
    </message>
    <message>
        <source>No muscles</source>
        <translation>Без м’язів</translation>
    </message>
    <message>
        <source>Superficial muscles</source>
        <translation>Поверхневі м’язи</translation>
    </message>
    <message>
        <source>Deep muscles (second and deep layers)</source>
        <translation>Глибокі м’язи (другий і глибокий шари)</translation>
    </message>
    <message>
        <source>&amp;Atlas panel</source>
        <translation>Панель &amp;атласу</translation>
    </message>
    <message>
        <source>&amp;Guidance and plan</source>
        <translation>&amp;Вказівки і план</translation>
    </message>
    <message>
        <source>&amp;Session strip</source>
        <translation>Смуга &amp;сеансу</translation>
    </message>
    <message>
        <source>&amp;Next zone</source>
        <translation>&amp;Наступна зона</translation>
    </message>
    <message>
        <source>&amp;Previous zone</source>
        <translation>&amp;Попередня зона</translation>
    </message>
    <message>
        <source>&amp;All zones</source>
        <translation>&amp;Усі зони</translation>
    </message>
    <message>
        <source>P&amp;resenter mode</source>
        <translation>Режим &amp;презентації</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Відтворити / пауза</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Наступний крок</translation>
    </message>
    <message>
        <source>P&amp;revious step</source>
        <translation>&amp;Попередній крок</translation>
    </message>
    <message>
        <source>&amp;Loop this step</source>
        <translation>&amp;Повторювати цей крок</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Швидше</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>П&amp;овільніше</translation>
    </message>
    <message>
        <source>&amp;Tempo and repetitions…</source>
        <translation>&amp;Темп і повторення…</translation>
    </message>
    <message>
        <source>Technique &amp;card</source>
        <translation>&amp;Картка прийому</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>Експортувати &amp;анімацію…</translation>
    </message>
    <message>
        <source>Show the &amp;hands</source>
        <translation>Показати &amp;руки</translation>
    </message>
    <message>
        <source>Show the &amp;dose map</source>
        <translation>Показати карту &amp;дози</translation>
    </message>
    <message>
        <source>Draw a &amp;no-go area…</source>
        <translation>Намалювати &amp;заборонену ділянку…</translation>
    </message>
    <message>
        <source>&amp;Remove the last no-go area</source>
        <translation>&amp;Прибрати останню заборонену ділянку</translation>
    </message>
    <message>
        <source>&amp;Clear no-go areas</source>
        <translation>&amp;Очистити заборонені ділянки</translation>
    </message>
    <message>
        <source>&amp;Start quiz…</source>
        <translation>&amp;Почати тест…</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Наступне питання</translation>
    </message>
    <message>
        <source>S&amp;top quiz</source>
        <translation>&amp;Зупинити тест</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Клавіші</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next zone</source>
        <translation>Наступна зона</translation>
    </message>
    <message>
        <source>Previous zone</source>
        <translation>Попередня зона</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Усі зони</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Скасувати останній штрих</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Очистити малюнок</translation>
    </message>
    <message>
        <source>Next pen colour</source>
        <translation>Наступний колір пера</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Указка</translation>
    </message>
    <message>
        <source>Dose map</source>
        <translation>Карта дози</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>a new plan for a client</source>
        <translation>новий план для клієнта</translation>
    </message>
    <message>
        <source>open a plan</source>
        <translation>відкрити план</translation>
    </message>
    <message>
        <source>the plans opened last</source>
        <translation>плани, відкриті останніми</translation>
    </message>
    <message>
        <source>save the plan</source>
        <translation>зберегти план</translation>
    </message>
    <message>
        <source>save the plan under another name</source>
        <translation>зберегти план під іншою назвою</translation>
    </message>
    <message>
        <source>open another zones folder</source>
        <translation>відкрити іншу теку зон</translation>
    </message>
    <message>
        <source>read the zones folder again (a bad file shows its message; the last good zones stay)</source>
        <translation>перечитати теку зон (хибний файл показує своє повідомлення; лишаються останні добрі зони)</translation>
    </message>
    <message>
        <source>export the picture (PNG, SVG, PDF)</source>
        <translation>експортувати зображення (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <source>export the geometry (GeoJSON)</source>
        <translation>експортувати геометрію (GeoJSON)</translation>
    </message>
    <message>
        <source>export the client&apos;s handout (PDF)</source>
        <translation>експортувати пам’ятку клієнта (PDF)</translation>
    </message>
    <message>
        <source>print the client&apos;s handout</source>
        <translation>надрукувати пам’ятку клієнта</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>вийти</translation>
    </message>
    <message>
        <source>undo a change of plan</source>
        <translation>скасувати зміну плану</translation>
    </message>
    <message>
        <source>redo it</source>
        <translation>повторити її</translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation>збільшити</translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation>зменшити</translation>
    </message>
    <message>
        <source>fit the back (or the zone) to the window</source>
        <translation>вмістити спину (або зону) у вікно</translation>
    </message>
    <message>
        <source>larger labels, numbers and lines (a projector wants 2×)</source>
        <translation>більші підписи, числа й лінії (для проєктора — 2×)</translation>
    </message>
    <message>
        <source>smaller labels</source>
        <translation>менші підписи</translation>
    </message>
    <message>
        <source>show or hide: body outline</source>
        <translation>показати чи сховати: контур тіла</translation>
    </message>
    <message>
        <source>show or hide: zones</source>
        <translation>показати чи сховати: зони</translation>
    </message>
    <message>
        <source>show or hide: bones and kidneys</source>
        <translation>показати чи сховати: кістки й нирки</translation>
    </message>
    <message>
        <source>show or hide: masks (where not to press)</source>
        <translation>показати чи сховати: маски (де не тиснути)</translation>
    </message>
    <message>
        <source>show or hide: lymph nodes</source>
        <translation>показати чи сховати: лімфовузли</translation>
    </message>
    <message>
        <source>show or hide: landmarks</source>
        <translation>показати чи сховати: орієнтири</translation>
    </message>
    <message>
        <source>show or hide: stroke lines</source>
        <translation>показати чи сховати: лінії рухів</translation>
    </message>
    <message>
        <source>show or hide: vertebrae</source>
        <translation>показати чи сховати: хребці</translation>
    </message>
    <message>
        <source>show or hide: legend</source>
        <translation>показати чи сховати: легенду</translation>
    </message>
    <message>
        <source>muscles under the lines: none, superficial, deep (press again for the next)</source>
        <translation>м’язи під лініями: немає, поверхневі, глибокі (натисніть ще раз для наступного)</translation>
    </message>
    <message>
        <source>show no muscles</source>
        <translation>не показувати м’язи</translation>
    </message>
    <message>
        <source>show superficial muscles</source>
        <translation>показати поверхневі м’язи</translation>
    </message>
    <message>
        <source>show deep muscles (second and deep layers)</source>
        <translation>показати глибокі м’язи (другий і глибокий шари)</translation>
    </message>
    <message>
        <source>show or hide the zones and layers panel</source>
        <translation>показати чи сховати панель зон і шарів</translation>
    </message>
    <message>
        <source>show or hide the guidance and plan panel</source>
        <translation>показати чи сховати панель вказівок і плану</translation>
    </message>
    <message>
        <source>show or hide the session strip</source>
        <translation>показати чи сховати смугу сеансу</translation>
    </message>
    <message>
        <source>next zone</source>
        <translation>наступна зона</translation>
    </message>
    <message>
        <source>previous zone</source>
        <translation>попередня зона</translation>
    </message>
    <message>
        <source>show all zones</source>
        <translation>показати всі зони</translation>
    </message>
    <message>
        <source>presenter mode for a class (F1 or ? there lists its keys; Esc leaves)</source>
        <translation>режим презентації для заняття (F1 або ? там показує клавіші; Esc — вихід)</translation>
    </message>
    <message>
        <source>play / pause the session</source>
        <translation>відтворити / призупинити сеанс</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>наступний крок</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>попередній крок</translation>
    </message>
    <message>
        <source>loop the current step</source>
        <translation>повторювати поточний крок</translation>
    </message>
    <message>
        <source>faster (1× to 60×)</source>
        <translation>швидше (від 1× до 60×)</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>повільніше</translation>
    </message>
    <message>
        <source>how fast each technique goes</source>
        <translation>темп кожного прийому</translation>
    </message>
    <message>
        <source>the technique card of the step playing: its hands close up (2.5×) with the contact, posture, path, tempo, direction and source</source>
        <translation>картка прийому поточного етапу: руки зблизька (2,5×) з контактом, положенням, шляхом, темпом, напрямком і джерелом</translation>
    </message>
    <message>
        <source>export the animation (MP4, WebP, GIF)</source>
        <translation>експортувати анімацію (MP4, WebP, GIF)</translation>
    </message>
    <message>
        <source>show or hide the hands and their trail</source>
        <translation>показати чи сховати руки та їхній слід</translation>
    </message>
    <message>
        <source>show or hide the dose map (pressure × time)</source>
        <translation>показати чи сховати карту дози (тиск × час)</translation>
    </message>
    <message>
        <source>draw a client&apos;s no-go area (drag a circle)</source>
        <translation>намалювати заборонену ділянку клієнта (протягніть коло)</translation>
    </message>
    <message>
        <source>remove the last no-go area</source>
        <translation>прибрати останню заборонену ділянку</translation>
    </message>
    <message>
        <source>remove every no-go area</source>
        <translation>прибрати всі заборонені ділянки</translation>
    </message>
    <message>
        <source>start a quiz (an optional seed gives the whole class the same one)</source>
        <translation>почати тест (необов’язковий номер варіанта дає всій групі однаковий тест)</translation>
    </message>
    <message>
        <source>next question</source>
        <translation>наступне питання</translation>
    </message>
    <message>
        <source>stop the quiz</source>
        <translation>зупинити тест</translation>
    </message>
    <message>
        <source>these keys</source>
        <translation>ці клавіші</translation>
    </message>
    <message>
        <source>next: zone, then each line, then each technique (animated)</source>
        <translation>далі: зона, потім кожна лінія, потім кожен прийом (з анімацією)</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>назад</translation>
    </message>
    <message>
        <source>the whole back, all zones</source>
        <translation>уся спина, усі зони</translation>
    </message>
    <message>
        <source>undo the last pen stroke on this zone (or a clear)</source>
        <translation>скасувати останній штрих пера на цій зоні (або очищення)</translation>
    </message>
    <message>
        <source>clear this zone&apos;s drawing</source>
        <translation>очистити малюнок цієї зони</translation>
    </message>
    <message>
        <source>next pen colour (red, blue, green, black)</source>
        <translation>наступний колір пера (червоний, синій, зелений, чорний)</translation>
    </message>
    <message>
        <source>a pointer instead of the pen (a spot that follows the mouse)</source>
        <translation>указка замість пера (пляма, що йде за мишею)</translation>
    </message>
    <message>
        <source>show or hide the dose map</source>
        <translation>показати чи сховати карту дози</translation>
    </message>
    <message>
        <source>leave presenter mode</source>
        <translation>вийти з режиму презентації</translation>
    </message>
    <message>
        <source>show or hide a layer ({names})</source>
        <translation>показати чи сховати шар ({names})</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>масштаб</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>зсув</translation>
    </message>
    <message>
        <source>select a zone or a line: its guidance shows on the right</source>
        <translation>вибрати зону чи лінію: вказівки до неї з’являться праворуч</translation>
    </message>
    <message>
        <source>name a vertebra, landmark, zone or line in the status bar</source>
        <translation>назва хребця, орієнтира, зони чи лінії в рядку стану</translation>
    </message>
    <message>
        <source>zoom in, out, fit</source>
        <translation>збільшити, зменшити, вмістити</translation>
    </message>
    <message>
        <source>hands faster, slower</source>
        <translation>руки швидше, повільніше</translation>
    </message>
    <message>
        <source>draw on the picture (class notes: kept with the zone, never in the client&apos;s plan)</source>
        <translation>малювати на зображенні (нотатки заняття: зберігаються із зоною, ніколи в плані клієнта)</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>коліщатко</translation>
    </message>
    <message>
        <source>drag</source>
        <translation>перетягування</translation>
    </message>
    <message>
        <source>click</source>
        <translation>клацання</translation>
    </message>
    <message>
        <source>hover</source>
        <translation>наведення</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>the whole palm</source>
        <translation>уся долоня</translation>
    </message>
    <message>
        <source>the heel of the palm</source>
        <translation>основа долоні</translation>
    </message>
    <message>
        <source>the little-finger (ulnar) edge</source>
        <translation>ліктьовий край долоні (з боку мізинця)</translation>
    </message>
    <message>
        <source>the finger pads</source>
        <translation>подушечки пальців</translation>
    </message>
    <message>
        <source>the fingertips</source>
        <translation>кінчики пальців</translation>
    </message>
    <message>
        <source>the thumb</source>
        <translation>великий палець</translation>
    </message>
    <message>
        <source>the knuckles of a loose fist</source>
        <translation>кісточки вільно стиснутого кулака</translation>
    </message>
    <message>
        <source>the fist</source>
        <translation>кулак</translation>
    </message>
    <message>
        <source>the cupped palm</source>
        <translation>долоня човником</translation>
    </message>
    <message>
        <source>the back of the hand</source>
        <translation>тильний бік кисті</translation>
    </message>
    <message>
        <source>the forearm</source>
        <translation>передпліччя</translation>
    </message>
    <message>
        <source>flat, the fingers together</source>
        <translation>пласко, пальці зімкнуті</translation>
    </message>
    <message>
        <source>gripping, the thumb opposed to the fingers</source>
        <translation>захопленням, великий палець протиставлений іншим</translation>
    </message>
    <message>
        <source>with the thumb spread wide from the index finger</source>
        <translation>з великим пальцем, широко відведеним від вказівного</translation>
    </message>
    <message>
        <source>on the heel of the palm</source>
        <translation>на основі долоні</translation>
    </message>
    <message>
        <source>on its little-finger edge</source>
        <translation>на ребрі долоні з боку мізинця</translation>
    </message>
    <message>
        <source>on its fingertips, the fingers bent</source>
        <translation>на кінчиках пальців, пальці зігнуті</translation>
    </message>
    <message>
        <source>in a loose fist</source>
        <translation>вільно стиснутим кулаком</translation>
    </message>
    <message>
        <source>cupped</source>
        <translation>човником</translation>
    </message>
    <message>
        <source>both hands at once, each on its own side of the spine</source>
        <translation>обидві руки одночасно, кожна на своєму боці хребта</translation>
    </message>
    <message>
        <source>the two hands take turns</source>
        <translation>руки працюють по черзі</translation>
    </message>
    <message>
        <source>one hand on the other, weighting it (one side, then the other)</source>
        <translation>рука на руці, обтяжуючи її (спершу один бік, потім інший)</translation>
    </message>
    <message>
        <source>one palm lifts the shoulder while the other hand works under the blade (one side, then the other)</source>
        <translation>одна долоня піднімає плече, а інша рука працює під лопаткою (спершу один бік, потім інший)</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>рухів</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>кіл</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>циклів</translation>
    </message>
    <message>
        <source>oscillations</source>
        <translation>коливань</translation>
    </message>
    <message>
        <source>taps</source>
        <translation>ударів</translation>
    </message>
    <message>
        <source>shakes</source>
        <translation>струшувань</translation>
    </message>
    <message>
        <source>beats</source>
        <translation>тактів</translation>
    </message>
    <message>
        <source>: the lower back is worked with the outer side of the palm (seed 003)</source>
        <translation>: поперек масажують зовнішнім боком долоні (джерело 003)</translation>
    </message>
    <message>
        <source> (the lower back is worked with the outer side of the palm, seed 003)</source>
        <translation> (поперек масажують зовнішнім боком долоні, джерело 003)</translation>
    </message>
    <message>
        <source>{tempo} {unit} a minute</source>
        <translation>{unit} на хвилину: {tempo}</translation>
    </message>
    <message>
        <source> ({rate} a second)</source>
        <translation> ({rate} на секунду)</translation>
    </message>
    <message>
        <source>With {contact} on the skin</source>
        <translation>На шкірі — {contact}</translation>
    </message>
    <message>
        <source>Here the hand is held {pose}.</source>
        <translation>Тут кисть тримають так: {pose}.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Положення кисті</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Шлях</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Dorsum&apos;s decision: {text}</source>
        <translation>Рішення Dorsum: {text}</translation>
    </message>
    <message>
        <source>{source}, row “{text}”</source>
        <translation>{source}, рядок «{text}»</translation>
    </message>
    <message>
        <source>{source}: “{text}”</source>
        <translation>{source}: “{text}”</translation>
    </message>
    <message>
        <source>{zoom}× close-up</source>
        <extracomment>The close-up&apos;s magnification, over the scale of the whole back in a frame of the same size. The least the close-up shows across its shorter side (cm): the hand (19 cm) and round it. The least length of a loop (s): whole beats of the technique, at least this long. Camera samples a second (it is smoothed over one beat, so circles and tremors do not shake it). The working hand&apos;s contact stays within this share of the half picture from its centre. The largest side (px) of the back painted once under the camera; beyond it, it is drawn coarser.</extracomment>
        <translation>збільшення {zoom}×</translation>
    </message>
    <message>
        <source>5 cm</source>
        <translation>5 см</translation>
    </message>
    <message>
        <source>{zone} · lines {lines}</source>
        <translation>{zone} · лінії {lines}</translation>
    </message>
    <message>
        <source>{zone} · line {lines}</source>
        <translation>{zone} · лінія {lines}</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>the {sex} body</source>
        <translation>тіло: {sex}</translation>
    </message>
    <message>
        <source>both bodies</source>
        <translation>обох тіл (чоловічого й жіночого)</translation>
    </message>
    <message>
        <source>at {stature} cm</source>
        <translation>зростом {stature} см</translation>
    </message>
    <message>
        <source>ok ({zones} zones, {lines} lines, {masks} masks; checked on {bodies})</source>
        <translation>помилок немає (зон: {zones}, ліній: {lines}, масок: {masks}; перевірено для: {bodies})</translation>
    </message>
    <message>
        <source>massage not advised: {conditions}</source>
        <translation>масаж не рекомендовано: {conditions}</translation>
    </message>
    <message>
        <source>can go ahead</source>
        <translation>можна проводити</translation>
    </message>
    <message>
        <source>ok (plan, {steps} steps, {minutes} min; {verdict})</source>
        <translation>помилок немає (план, кроків: {steps}, {minutes} хв; {verdict})</translation>
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
        <source>{variant} minutes run backwards: {low} &gt; {high}</source>
        <translation>хвилини ({variant}) йдуть у зворотному порядку: {low} &gt; {high}</translation>
    </message>
    <message>
        <source>{key} range runs backwards: {low} &gt; {high}</source>
        <translation>проміжок {key} йде у зворотному порядку: {low} &gt; {high}</translation>
    </message>
    <message>
        <source>is a folder, not a TOML file</source>
        <translation>це тека, а не файл TOML</translation>
    </message>
    <message>
        <source>is a folder, not a plan</source>
        <translation>це тека, а не план</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>недійсний JSON: {reason}</translation>
    </message>
    <message>
        <source>the folder to write into does not exist</source>
        <translation>теки, куди записувати, не існує</translation>
    </message>
    <message>
        <source>cannot write here: {reason}</source>
        <translation>не вдається записати сюди: {reason}</translation>
    </message>
    <message>
        <source>cannot write: {reason}</source>
        <translation>не вдається записати: {reason}</translation>
    </message>
    <message>
        <source>made by a newer Dorsum (plan format {version}); this one reads format {supported} and older: update Dorsum to open it</source>
        <translation>створено новішою версією Dorsum (формат плану {version}); ця версія читає формат {supported} і старіші: оновіть Dorsum, щоб відкрити його</translation>
    </message>
    <message>
        <source>{where}: unknown zone {zone} (this zones folder has {known})</source>
        <translation>{where}: невідома зона {zone} (у цій теці зон є {known})</translation>
    </message>
    <message>
        <source>{where}: zone {zone} has no line {number}</source>
        <translation>{where}: у зоні {zone} немає лінії {number}</translation>
    </message>
    <message>
        <source>{where}: line {number} of {zone} does not take {technique}</source>
        <translation>{where}: лінія {number} зони {zone} не приймає прийом {technique}</translation>
    </message>
    <message>
        <source>{where}: no line of {zone} takes {technique}</source>
        <translation>{where}: жодна лінія зони {zone} не приймає прийом {technique}</translation>
    </message>
    <message>
        <source>{where}: unknown condition {condition}</source>
        <translation>{where}: невідомий стан {condition}</translation>
    </message>
    <message>
        <source>{where}: {id} is used twice</source>
        <translation>{where}: {id} використано двічі</translation>
    </message>
    <message>
        <source>this zones folder has no screening.toml</source>
        <translation>у цій теці зон немає screening.toml</translation>
    </message>
    <message>
        <source>{where}: unknown value {value}; expected one of {choices}</source>
        <translation>{where}: невідоме значення {value}; очікується одне з {choices}</translation>
    </message>
    <message>
        <source>{where}: expected {expected}, got {got}</source>
        <translation>{where}: очікується {expected}, а тут {got}</translation>
    </message>
    <message>
        <source>{where}: {value} is out of range: it must be {bounds}</source>
        <translation>{where}: {value} поза межами: має бути {bounds}</translation>
    </message>
    <message>
        <source>{where}: must not be empty</source>
        <translation>{where}: не може бути порожнім</translation>
    </message>
    <message>
        <source>zone id {id} is also used by {path}</source>
        <translation>ідентифікатор зони {id} також використано в {path}</translation>
    </message>
    <message>
        <source>mask id {id} is used twice</source>
        <translation>ідентифікатор маски {id} використано двічі</translation>
    </message>
    <message>
        <source>unknown zone {zone}; known: {known}</source>
        <translation>невідома зона {zone}; відомі: {known}</translation>
    </message>
    <message>
        <source>unknown muscle {muscle}; known: {known}</source>
        <translation>невідомий м’яз {muscle}; відомі: {known}</translation>
    </message>
    <message>
        <source>has no masks.toml: the spine mask must be defined</source>
        <translation>немає masks.toml: маску хребта треба визначити</translation>
    </message>
    <message>
        <source>no mask with id &apos;spine&apos;: pressure on the spinous processes must be masked</source>
        <translation>немає маски з ідентифікатором &apos;spine&apos;: тиск на остисті відростки має бути заборонено маскою</translation>
    </message>
    <message>
        <source>uk or ru</source>
        <extracomment>Words inside the values that are themselves translated.</extracomment>
        <translation>українською чи російською</translation>
    </message>
    <message>
        <source>general</source>
        <translation>загальний сеанс</translation>
    </message>
    <message>
        <source>therapeutic</source>
        <translation>лікувальний сеанс</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>The plan has unsaved changes. Save them first?</source>
        <translation>План має незбережені зміни. Спершу зберегти їх?</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Відкрити план</translation>
    </message>
    <message>
        <source>The plan on screen stays as it was.</source>
        <translation>План на екрані лишається таким, як був.</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Зберегти план</translation>
    </message>
    <message>
        <source>The plan is still open; nothing was lost.</source>
        <translation>План досі відкритий; нічого не втрачено.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Збережено {path}</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(поки немає)</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Автозбереження не вдалося: {error}</translation>
    </message>
    <message>
        <source> for {client}</source>
        <translation> для {client}</translation>
    </message>
    <message>
        <source> (changes to {file})</source>
        <translation> (зміни до {file})</translation>
    </message>
    <message>
        <source>Dorsum closed without saving a plan{who}{where}, autosaved at {time}. Recover it?</source>
        <translation>Dorsum закрився, не зберігши план{who}{where}; автозбережено о {time}. Відновити його?</translation>
    </message>
    <message>
        <source>The autosaved plan does not fit these zones: {error}</source>
        <translation>Автозбережений план не відповідає цим зонам: {error}</translation>
    </message>
    <message>
        <source>Recover autosaved changes</source>
        <extracomment>Called with a plan before an edit takes it; raising DorsumError refuses the edit.</extracomment>
        <translation>Відновити автозбережені зміни</translation>
    </message>
    <message>
        <source>Dorsum plans (*.dorsum.json *.json)</source>
        <translation>Плани Dorsum (*.dorsum.json *.json)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>невідомий час</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time}, {date}</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <source>Dorsum&apos;s decision: {why}</source>
        <translation>Рішення Dorsum: {why}</translation>
    </message>
    <message>
        <source>seed {number}: “{quote}”</source>
        <translation>джерело {number}: «{quote}»</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Положення</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Тиск</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Прийом</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Обережно</translation>
    </message>
    <message>
        <source>&lt;b&gt;Span:&lt;/b&gt; {top} to {bottom}. &lt;b&gt;Time:&lt;/b&gt; {general} min (general), {therapeutic} min (therapeutic).</source>
        <translation>&lt;b&gt;Межі:&lt;/b&gt; {top}–{bottom}. &lt;b&gt;Час:&lt;/b&gt; {general} хв (загальний), {therapeutic} хв (лікувальний).</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Послідовність</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Лінії</translation>
    </message>
    <message>
        <source>min (gen.)</source>
        <translation>хв (заг.)</translation>
    </message>
    <message>
        <source>min (ther.)</source>
        <translation>хв (лік.)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>{name}: after the last zone</source>
        <translation>{name}: після останньої зони</translation>
    </message>
    <message>
        <source>{technique}, lines {lines}, {minutes} min.</source>
        <translation>{technique}, лінії {lines}, {minutes} хв.</translation>
    </message>
    <message>
        <source>After each {technique} step, {minutes} min of {other} on its lines: the two alternate (seed 001).</source>
        <translation>Після кожного етапу «{technique}» — {minutes} хв «{other}» на тих самих лініях: вони чергуються (джерело 001).</translation>
    </message>
    <message>
        <source>pressure {word}</source>
        <translation>тиск: {word}</translation>
    </message>
    <message>
        <source>How each technique is done</source>
        <translation>Як виконують кожен прийом</translation>
    </message>
    <message>
        <source>toward the &lt;b&gt;{nodes}&lt;/b&gt;</source>
        <translation>до &lt;b&gt;{nodes}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>along the muscle (no node group)</source>
        <translation>уздовж м’яза (без групи лімфовузлів)</translation>
    </message>
    <message>
        <source>{zone}: line {number} ({side})</source>
        <translation>{zone}: лінія {number} ({side})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;, {target}. Starts at the numbered badge and runs to the arrow.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, {target}. Починається біля номера і йде до стрілки.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pressure:&lt;/b&gt; {value} ({word}). &lt;b&gt;Techniques:&lt;/b&gt; {techniques}.</source>
        <translation>&lt;b&gt;Тиск:&lt;/b&gt; {value} ({word}). &lt;b&gt;Прийоми:&lt;/b&gt; {techniques}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why here:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Чому тут:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Along the {muscle}:&lt;/b&gt; its fibres run {fibres}, and rubbing here follows them in strokes rather than circles (seed 003: “Rubbing movements should be performed along the muscle fibers.”). Press M to see the muscles.</source>
        <translation>&lt;b&gt;Уздовж м’яза ({muscle}):&lt;/b&gt; його волокна йдуть {fibres}, і розтирання тут іде за ними рухами, а не колами (джерело 003: “Rubbing movements should be performed along the muscle fibers.”). Натисніть M, щоб побачити м’язи.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Against the lymph rule, on purpose:&lt;/b&gt; this line starts above L1–L2, where lymph drains up to the armpit, and runs down. For a client with high blood pressure the master works from the neck down (seed 003), the strokes over the whole back too.</source>
        <translation>&lt;b&gt;Проти правила лімфотоку, навмисно:&lt;/b&gt; ця лінія починається вище L1–L2, де лімфа відтікає вгору до пахви, і йде вниз. Для клієнта з високим тиском майстер працює від шиї вниз (джерело 003), погладжування всієї спини теж.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Against the lymph rule, on purpose:&lt;/b&gt; this line starts below L1–L2, where lymph drains down to the groin, and runs up. The seeds begin the session with strokes from the sacrum upward over the whole back (seeds 001 and 003); the lumbar zone&apos;s own lines then run out and down to the groin. For a client with high blood pressure it runs the other way, from the neck down (seed 003).</source>
        <translation>&lt;b&gt;Проти правила лімфотоку, навмисно:&lt;/b&gt; ця лінія починається нижче L1–L2, де лімфа відтікає вниз до паху, і йде вгору. Джерела починають сеанс погладжуванням усієї спини від крижів угору (джерела 001 і 003); власні лінії поперекової зони потім ідуть назовні й униз до паху. Для клієнта з високим тиском вона йде навпаки, від шиї вниз (джерело 003).</translation>
    </message>
    <message>
        <source>Where a mask changes the work</source>
        <translation>Де маска змінює роботу</translation>
    </message>
    <message>
        <source>{start}–{end} cm along it: {masks}: pressure {word}</source>
        <translation>{start}–{end} см уздовж неї: {masks}: тиск {word}</translation>
    </message>
    <message>
        <source>; no {techniques}</source>
        <translation>; без: {techniques}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goes round&lt;/b&gt; {areas}: the grey dots show the planned path.</source>
        <translation>&lt;b&gt;Оминає&lt;/b&gt; {areas}: сірі точки показують запланований шлях.</translation>
    </message>
    <message>
        <source>Mask: {title}</source>
        <translation>Маска: {title}</translation>
    </message>
    <message>
        <source>Pressure at most {value} ({word}).</source>
        <translation>Тиск не більше {value} ({word}).</translation>
    </message>
    <message>
        <source>Superficial layer.</source>
        <translation>Поверхневий шар.</translation>
    </message>
    <message>
        <source>Second layer.</source>
        <translation>Другий шар.</translation>
    </message>
    <message>
        <source>Deep layer.</source>
        <translation>Глибокий шар.</translation>
    </message>
    <message>
        <source>Its fibres run {fibres} from origin to insertion.</source>
        <translation>Його волокна йдуть {fibres} від початку до прикріплення.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In massage:&lt;/b&gt; {how}</source>
        <translation>&lt;b&gt;У масажі:&lt;/b&gt; {how}</translation>
    </message>
    <message>
        <source>{zone} line {number}</source>
        <translation>{zone}, лінія {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines along it:&lt;/b&gt; {lines}: rubbing there follows its fibres.</source>
        <translation>&lt;b&gt;Лінії вздовж нього:&lt;/b&gt; {lines}: розтирання там іде за його волокнами.</translation>
    </message>
    <message>
        <source>Click a zone or a line to see what is done there, in what order, how hard and why. Hover anything to name it.</source>
        <translation>Клацніть зону або лінію, щоб побачити, що там роблять, у якому порядку, з яким тиском і чому. Наведіть на будь-що, щоб побачити назву.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys:&lt;/b&gt; Space plays the session, → ← step, + / − zoom, 0 fit, drag to pan, ] [ next / previous zone, Ctrl+E export picture, F1 all keys, Ctrl+Q quit.</source>
        <translation>&lt;b&gt;Клавіші:&lt;/b&gt; Пробіл відтворює сеанс, → ← крок, + / − масштаб, 0 умістити, перетягування зсуває, ] [ наступна / попередня зона, Ctrl+E експорт зображення, F1 усі клавіші, Ctrl+Q вихід.</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зони</translation>
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
        <translation>Я прочитав(-ла) цей план, розповів(-ла) масажистові про своє здоров’я і згоден(-на) на описаний масаж.</translation>
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
        <source>from the neck down, because of high blood pressure: the strokes over the whole back too, and then zone by zone</source>
        <translation>від шиї вниз через високий артеріальний тиск: погладжування всієї спини теж, а потім зона за зоною</translation>
    </message>
    <message>
        <source>from the base of the spine upward: the strokes over the whole back, then zone by zone</source>
        <translation>від основи хребта вгору: погладжування всієї спини, потім зона за зоною</translation>
    </message>
    <message>
        <source>About {duration} of a therapeutic back massage, worked {direction}.</source>
        <translation>Близько {duration} лікувального масажу спини, {direction}.</translation>
    </message>
    <message>
        <source>About {duration} of a first, short back massage, worked {direction}.</source>
        <translation>Близько {duration} першого, короткого масажу спини, {direction}.</translation>
    </message>
    <message>
        <source>About {duration} of a general back massage, worked {direction}.</source>
        <translation>Близько {duration} загального масажу спини, {direction}.</translation>
    </message>
    <message>
        <source>It ends with light vibration and a smooth stroking over the whole back.</source>
        <translation>Наприкінці — легка вібрація і плавне погладжування всієї спини.</translation>
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
        <translation>Складено за зонами Dorsum: кожна лінія, тривалість і правило мають посилання на джерело. Цей план не замінює поради лікаря.</translation>
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
        <translation>Надключичні, пахвові, пахвинні лімфовузли</translation>
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
    <name>layers</name>
    <message>
        <source>Body outline</source>
        <translation>Контур тіла</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зони</translation>
    </message>
    <message>
        <source>Bones and kidneys</source>
        <translation>Кістки й нирки</translation>
    </message>
    <message>
        <source>Masks (where not to press)</source>
        <translation>Маски (де не тиснути)</translation>
    </message>
    <message>
        <source>Lymph nodes</source>
        <translation>Лімфовузли</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Орієнтири</translation>
    </message>
    <message>
        <source>Stroke lines</source>
        <translation>Лінії рухів</translation>
    </message>
    <message>
        <source>Vertebrae</source>
        <translation>Хребці</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Hands and trail</source>
        <translation>Руки та слід</translation>
    </message>
    <message>
        <source>Dose map (pressure × time)</source>
        <translation>Карта дози (тиск × час)</translation>
    </message>
    <message>
        <source>No muscles</source>
        <translation>Без м’язів</translation>
    </message>
    <message>
        <source>Superficial muscles</source>
        <translation>Поверхневі м’язи</translation>
    </message>
    <message>
        <source>Deep muscles (second and deep layers)</source>
        <translation>Глибокі м’язи (другий і глибокий шари)</translation>
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
        <source>from the neck down (high blood pressure)</source>
        <translation>від шиї вниз (високий тиск)</translation>
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
        <source>Pressure</source>
        <translation>Тиск</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>лінії {numbers}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ш&amp;ари</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>М’язи</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Панелі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>scar</source>
        <translation>рубець</translation>
    </message>
    <message>
        <source>wound</source>
        <translation>рана</translation>
    </message>
    <message>
        <source>burn</source>
        <translation>опік</translation>
    </message>
    <message>
        <source>bruise</source>
        <translation>синець</translation>
    </message>
    <message>
        <source>mole</source>
        <translation>родимка</translation>
    </message>
    <message>
        <source>varicose vein</source>
        <translation>варикозна вена</translation>
    </message>
    <message>
        <source>skin condition</source>
        <translation>захворювання шкіри</translation>
    </message>
    <message>
        <source>area to avoid</source>
        <translation>ділянка, якої слід уникати</translation>
    </message>
    <message>
        <source>The client&apos;s {area}: never touched.</source>
        <translation>У клієнта тут {area}: цього місця ніколи не торкаються.</translation>
    </message>
    <message>
        <source>The plan takes {total} min; a first session takes no more than {most} min.</source>
        <translation>План триває {total} хв; перший сеанс триває не більше ніж {most} хв.</translation>
    </message>
    <message>
        <source>The plan takes {total} min; the seeds give a session {low}–{high} min.</source>
        <translation>План триває {total} хв; за джерелами сеанс триває {low}–{high} хв.</translation>
    </message>
    <message>
        <source>The plan takes {total} min, more than the seeds&apos; {low}–{high} min.</source>
        <translation>План триває {total} хв, більше, ніж {low}–{high} хв за джерелами.</translation>
    </message>
</context>
<context>
    <name>presenter</name>
    <message>
        <source>{n} s</source>
        <extracomment>Label scale at 1080 lines: text about twice the window&apos;s, readable from the back of a room. Caption and key-list type as a share of the screen height. Window commands that would fight the pen for the mouse while presenting.</extracomment>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} хв</translation>
    </message>
    <message>
        <source>line {numbers}</source>
        <translation>лінія {numbers}</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>лінії {numbers}</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Усі зони</translation>
    </message>
    <message>
        <source>→ to begin, F1 for the keys</source>
        <translation>→ щоб почати, F1 — клавіші</translation>
    </message>
    <message>
        <source>{zone} — {top} to {bottom}, {count} lines</source>
        <translation>{zone} — {top}–{bottom}, ліній: {count}</translation>
    </message>
    <message>
        <source>Pressure {word}; {techniques}</source>
        <translation>Тиск {word}; {techniques}</translation>
    </message>
    <message>
        <source>{zone} — line {number}: {name}</source>
        <translation>{zone} — лінія {number}: {name}</translation>
    </message>
    <message>
        <source>Presenter keys</source>
        <translation>Клавіші режиму презентації</translation>
    </message>
    <message>
        <source>{error}: the class notes drawn now will not be saved</source>
        <translation>{error}: нотатки, намальовані зараз, не буде збережено</translation>
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
        <source>First session</source>
        <translation>Перший сеанс</translation>
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
    <name>quiz</name>
    <message>
        <source>Name the vertebra</source>
        <translation>Знайдіть хребець</translation>
    </message>
    <message>
        <source>Find the zone</source>
        <translation>Знайдіть зону</translation>
    </message>
    <message>
        <source>Draw the line</source>
        <translation>Проведіть лінію</translation>
    </message>
    <message>
        <source>Order the techniques</source>
        <translation>Порядок прийомів</translation>
    </message>
    <message>
        <source>cervical</source>
        <translation>шийний</translation>
    </message>
    <message>
        <source>thoracic</source>
        <translation>грудний</translation>
    </message>
    <message>
        <source>lumbar</source>
        <translation>поперековий</translation>
    </message>
    <message>
        <source>sacral</source>
        <translation>крижовий</translation>
    </message>
    <message>
        <source>first</source>
        <translation>перший</translation>
    </message>
    <message>
        <source>second</source>
        <translation>другий</translation>
    </message>
    <message>
        <source>third</source>
        <translation>третій</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>четвертий</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>п’ятий</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>шостий</translation>
    </message>
    <message>
        <source>seventh</source>
        <translation>сьомий</translation>
    </message>
    <message>
        <source>eighth</source>
        <translation>восьмий</translation>
    </message>
    <message>
        <source>ninth</source>
        <translation>дев’ятий</translation>
    </message>
    <message>
        <source>tenth</source>
        <translation>десятий</translation>
    </message>
    <message>
        <source>eleventh</source>
        <translation>одинадцятий</translation>
    </message>
    <message>
        <source>twelfth</source>
        <translation>дванадцятий</translation>
    </message>
    <message>
        <source>one level</source>
        <translation>один рівень</translation>
    </message>
    <message>
        <source>two levels</source>
        <translation>два рівні</translation>
    </message>
    <message>
        <source>three levels</source>
        <translation>три рівні</translation>
    </message>
    <message>
        <source>four levels</source>
        <translation>чотири рівні</translation>
    </message>
    <message>
        <source>five levels</source>
        <translation>п’ять рівнів</translation>
    </message>
    <message>
        <source>six levels</source>
        <translation>шість рівнів</translation>
    </message>
    <message>
        <source>seven levels</source>
        <translation>сім рівнів</translation>
    </message>
    <message>
        <source>eight levels</source>
        <translation>вісім рівнів</translation>
    </message>
    <message>
        <source>nine levels</source>
        <translation>дев’ять рівнів</translation>
    </message>
    <message>
        <source>ten levels</source>
        <translation>десять рівнів</translation>
    </message>
    <message>
        <source>eleven levels</source>
        <translation>одинадцять рівнів</translation>
    </message>
    <message>
        <source>twelve levels</source>
        <translation>дванадцять рівнів</translation>
    </message>
    <message>
        <source>the supraclavicular nodes, above the collarbone</source>
        <translation>надключичних вузлів, над ключицею</translation>
    </message>
    <message>
        <source>the axillary nodes, in the armpit</source>
        <translation>пахвових вузлів, у пахві</translation>
    </message>
    <message>
        <source>the inguinal nodes, in the groin</source>
        <translation>пахвинних вузлів, у паху</translation>
    </message>
    <message>
        <source>out from the spine</source>
        <translation>назовні від хребта</translation>
    </message>
    <message>
        <source>in toward the spine</source>
        <translation>досередини, до хребта</translation>
    </message>
    <message>
        <source>up</source>
        <translation>вгору</translation>
    </message>
    <message>
        <source>down</source>
        <translation>вниз</translation>
    </message>
    <message>
        <source>out from the spine and up</source>
        <translation>назовні від хребта й угору</translation>
    </message>
    <message>
        <source>out from the spine and down</source>
        <translation>назовні від хребта й униз</translation>
    </message>
    <message>
        <source>in toward the spine and up</source>
        <translation>до хребта й угору</translation>
    </message>
    <message>
        <source>in toward the spine and down</source>
        <translation>до хребта й униз</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>нікуди</translation>
    </message>
    <message>
        <source>C7 is the most prominent bump at the base of the neck</source>
        <translation>C7 — найвиразніший остистий відросток біля основи шиї</translation>
    </message>
    <message>
        <source>the root of the spine of the scapula lies level with T3</source>
        <translation>основа ості лопатки лежить на рівні T3</translation>
    </message>
    <message>
        <source>the inferior angles of the shoulder blades lie at about T7–T8</source>
        <translation>нижні кути лопаток лежать приблизно на рівні T7–T8</translation>
    </message>
    <message>
        <source>T12 carries the last ribs</source>
        <translation>до T12 кріпляться останні ребра</translation>
    </message>
    <message>
        <source>the tops of the iliac crests lie level with L4 (L4–L5 in women)</source>
        <translation>верхні точки клубових гребенів лежать на рівні L4 (у жінок L4–L5)</translation>
    </message>
    <message>
        <source>the {ordinal} {region} vertebra</source>
        <translation>{ordinal} {region} хребець</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} і {last}</translation>
    </message>
    <message>
        <source>Draw line {number} of “{zone}” on the patient&apos;s right: press where it starts and drag the way it runs.</source>
        <translation>Проведіть лінію {number} зони «{zone}» праворуч у пацієнта: натисніть там, де вона починається, і проведіть у її напрямку.</translation>
    </message>
    <message>
        <source>Draw line {number} of “{zone}” on the patient&apos;s left: press where it starts and drag the way it runs.</source>
        <translation>Проведіть лінію {number} зони «{zone}» ліворуч у пацієнта: натисніть там, де вона починається, і проведіть у її напрямку.</translation>
    </message>
    <message>
        <source>Click the spinous process of {level}, {name}.</source>
        <translation>Клацніть на остистий відросток {level} ({name}).</translation>
    </message>
    <message>
        <source>Find the zone: click inside “{zone}”.</source>
        <translation>Знайдіть зону: клацніть усередині зони «{zone}».</translation>
    </message>
    <message>
        <source>Put the techniques of “{zone}” in the order they are done.</source>
        <translation>Розставте прийоми зони «{zone}» у тому порядку, в якому їх виконують.</translation>
    </message>
    <message>
        <source>you clicked {cm} cm to the patient&apos;s right of the midline, where the spinous processes lie</source>
        <translation>ви клацнули на {cm} см праворуч у пацієнта від серединної лінії, де лежать остисті відростки</translation>
    </message>
    <message>
        <source>you clicked {cm} cm to the patient&apos;s left of the midline, where the spinous processes lie</source>
        <translation>ви клацнули на {cm} см ліворуч у пацієнта від серединної лінії, де лежать остисті відростки</translation>
    </message>
    <message>
        <source>Count from a landmark: {hint}.</source>
        <translation>Рахуйте від орієнтира: {hint}.</translation>
    </message>
    <message>
        <source>that point is on the sacrum, below the lumbar vertebrae</source>
        <translation>ця точка на крижах, нижче від поперекових хребців</translation>
    </message>
    <message>
        <source>more than twelve levels</source>
        <translation>понад дванадцять рівнів</translation>
    </message>
    <message>
        <source>that is {level}, {count} too low</source>
        <translation>це {level}, на {count} нижче</translation>
    </message>
    <message>
        <source>that is {level}, {count} too high</source>
        <translation>це {level}, на {count} вище</translation>
    </message>
    <message>
        <source>Right: that is {level}, {name}.</source>
        <translation>Правильно: це {level}, {name}.</translation>
    </message>
    <message>
        <source>Right height for {level}, but {off}.</source>
        <translation>Висота {level} правильна, але {off}.</translation>
    </message>
    <message>
        <source>Not {level}: {where}. {level} is {cm} cm higher, marked on the back.</source>
        <translation>Не {level}: {where}. {level} на {cm} см вище, його позначено на спині.</translation>
    </message>
    <message>
        <source>Not {level}: {where}. {level} is {cm} cm lower, marked on the back.</source>
        <translation>Не {level}: {where}. {level} на {cm} см нижче, його позначено на спині.</translation>
    </message>
    <message>
        <source>Also, {off}.</source>
        <translation>Крім того, {off}.</translation>
    </message>
    <message>
        <source>“{zone}” runs from {top} to {bottom}, outlined on the back.</source>
        <translation>Зона «{zone}» охоплює {top}–{bottom}, її обведено на спині.</translation>
    </message>
    <message>
        <source>Right: that point is inside “{zone}”.</source>
        <translation>Правильно: ця точка всередині зони «{zone}».</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>That point is off the back.</source>
        <translation>Ця точка поза спиною.</translation>
    </message>
    <message>
        <source>That point is in {zones}, not in “{zone}”.</source>
        <translation>Ця точка в зоні {zones}, а не в зоні «{zone}».</translation>
    </message>
    <message>
        <source>That point is in none of the zones, and not in “{zone}”.</source>
        <translation>Ця точка не належить жодній зоні, і зоні «{zone}» теж.</translation>
    </message>
    <message>
        <source>beside the spine at {level}</source>
        <translation>біля хребта на рівні {level}</translation>
    </message>
    <message>
        <source>{cm} cm out from the spine at the height of {level}</source>
        <translation>за {cm} см від хребта на висоті {level}</translation>
    </message>
    <message>
        <source>line {number} (right)</source>
        <translation>лінія {number} (праворуч)</translation>
    </message>
    <message>
        <source>line {number} (left)</source>
        <translation>лінія {number} (ліворуч)</translation>
    </message>
    <message>
        <source>That was a click, not a stroke: press where line {number} starts and drag the way it runs. It starts {where} and runs {way}, toward {place}.</source>
        <translation>Це було клацання, а не рух: натисніть там, де починається лінія {number}, і проведіть у її напрямку. Вона починається {where} і йде {way}, до {place}.</translation>
    </message>
    <message>
        <source>Start: right, line {number} starts {where}.</source>
        <translation>Початок: правильно, лінія {number} починається {where}.</translation>
    </message>
    <message>
        <source>Start: wrong place, line {number} starts {where}; you started {cm} cm from there.</source>
        <translation>Початок: не там, лінія {number} починається {where}; ви почали за {cm} см звідти.</translation>
    </message>
    <message>
        <source>Direction: right, it runs {way}.</source>
        <translation>Напрямок: правильно, вона йде {way}.</translation>
    </message>
    <message>
        <source>Direction: it runs {way}; yours runs {yours}.</source>
        <translation>Напрямок: вона йде {way}; ваша — {yours}.</translation>
    </message>
    <message>
        <source>Target: right, it drains toward {place}.</source>
        <translation>Ціль: правильно, вона веде до {place}.</translation>
    </message>
    <message>
        <source>Target: it drains toward {place}; yours moves away from them.</source>
        <translation>Ціль: вона веде до {place}; ваша віддаляється від них.</translation>
    </message>
    <message>
        <source>All three right.</source>
        <translation>Усі три правильно.</translation>
    </message>
    <message>
        <source>{passed} of 3 right.</source>
        <translation>Правильно {passed} з 3.</translation>
    </message>
    <message>
        <source>The zone also ends with {technique} again.</source>
        <translation>Зона також завершується знову прийомом «{technique}».</translation>
    </message>
    <message>
        <source>Right: {sequence}.</source>
        <translation>Правильно: {sequence}.</translation>
    </message>
    <message>
        <source>{technique} (you put it in place {given}; it belongs in place {right})</source>
        <translation>{technique} (у вас на місці {given}, а має бути на місці {right})</translation>
    </message>
    <message>
        <source>{right} of {total} kept in the right order relative to each other</source>
        <translation>{right} з {total} стоять у правильному порядку один відносно одного</translation>
    </message>
    <message>
        <source>The order is: {sequence}.</source>
        <translation>Порядок такий: {sequence}.</translation>
    </message>
    <message>
        <source>Why: each technique prepares the tissue for the next, from light strokes to deeper work and back to calming ones (seed 001).</source>
        <translation>Чому: кожен прийом готує тканини до наступного — від легких рухів до глибшої роботи і знову до заспокійливих (джерело 001).</translation>
    </message>
    <message>
        <source>Out of place: {list}.</source>
        <translation>Не на своєму місці: {list}.</translation>
    </message>
    <message>
        <source>Missing: {list}.</source>
        <translation>Бракує: {list}.</translation>
    </message>
    <message>
        <source>Score {score} out of {asked} ({percent}%): {right} right</source>
        <translation>Бали: {score} з {asked} ({percent}%), правильних: {right}</translation>
    </message>
    <message>
        <source>, {count} not answered</source>
        <translation>, без відповіді: {count}</translation>
    </message>
    <message>
        <source>{kind}: {right} of {asked} right (score {score})</source>
        <translation>{kind}: правильно {right} з {asked} (бали {score})</translation>
    </message>
    <message>
        <source>To review:</source>
        <translation>Повторити:</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>без відповіді</translation>
    </message>
    <message>
        <source>Where not to press, and why</source>
        <translation>Де не тиснути і чому</translation>
    </message>
    <message>
        <source>How hard on a line</source>
        <translation>З яким тиском на лінії</translation>
    </message>
    <message>
        <source>Absolute or local contraindication</source>
        <translation>Абсолютне чи місцеве протипоказання</translation>
    </message>
    <message>
        <source>Recognise the technique</source>
        <translation>Впізнайте прийом</translation>
    </message>
    <message>
        <source>seed {number}</source>
        <translation>джерело {number}</translation>
    </message>
    <message>
        <source>, reduced pressure</source>
        <translation>, знижений тиск</translation>
    </message>
    <message>
        <source>Where not to press: click an area where the rule is “{rule}” (any one of them).</source>
        <translation>Де не тиснути: клацніть на ділянці з правилом «{rule}» (на будь-якій із них).</translation>
    </message>
    <message>
        <source>Where not to press: click an area where the rule is “{rule}”.</source>
        <translation>Де не тиснути: клацніть на ділянці з правилом «{rule}».</translation>
    </message>
    <message>
        <source>How hard on line {number} of “{zone}”, “{line}”?</source>
        <translation>З яким тиском працюють на лінії {number} зони «{zone}», «{line}»?</translation>
    </message>
    <message>
        <source>How hard on line {number} of “{zone}”?</source>
        <translation>З яким тиском працюють на лінії {number} зони «{zone}»?</translation>
    </message>
    <message>
        <source>“{condition}”: an absolute contraindication (no massage at all) or a local one (massage, keeping off that area)?</source>
        <translation>«{condition}»: абсолютне протипоказання (масаж не проводять зовсім) чи місцеве (масаж проводять, оминаючи цю ділянку)?</translation>
    </message>
    <message>
        <source>Watch the hands on “{zone}”: which technique is this?</source>
        <translation>Стежте за руками в зоні «{zone}»: який це прийом?</translation>
    </message>
    <message>
        <source>Right: that point lies in “{mask}”, where the rule is “{label}”.</source>
        <translation>Правильно: ця точка лежить у ділянці «{mask}», де діє правило «{label}».</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Чому: {why}</translation>
    </message>
    <message>
        <source>The same rule holds over:</source>
        <translation>Те саме правило діє на ділянках:</translation>
    </message>
    <message>
        <source>Not right: that point is off the back. “{rule}” holds over {masks}.</source>
        <translation>Неправильно: ця точка поза спиною. Правило «{rule}» діє на ділянках {masks}.</translation>
    </message>
    <message>
        <source>Not right: that point lies in “{mask}”, where the rule is “{label}”, not “{rule}”. That holds over {masks}.</source>
        <translation>Неправильно: ця точка лежить у ділянці «{mask}», де діє правило «{label}», а не «{rule}». Воно діє на ділянках {masks}.</translation>
    </message>
    <message>
        <source>Not right: no mask lies there, the hands may work that point. “{rule}” holds over {masks}.</source>
        <translation>Неправильно: там немає забороненої ділянки, руки можуть працювати в цій точці. Правило «{rule}» діє на ділянках {masks}.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Чому:</translation>
    </message>
    <message>
        <source>pressure {value} of 1, on the scale {scale}</source>
        <translation>тиск {value} з 1, за шкалою {scale}</translation>
    </message>
    <message>
        <source>Right: line {number} is worked {word} ({pressure}).</source>
        <translation>Правильно: лінію {number} опрацьовують з тиском «{word}» ({pressure}).</translation>
    </message>
    <message>
        <source>Not {chosen}: line {number} is worked {word} ({pressure}).</source>
        <translation>Не «{chosen}»: лінію {number} опрацьовують з тиском «{word}» ({pressure}).</translation>
    </message>
    <message>
        <source>Why, for “{zone}”: {text}</source>
        <translation>Чому, для зони «{zone}»: {text}</translation>
    </message>
    <message>
        <source>in {masks} it drops to {word}</source>
        <translation>на ділянках {masks} тиск знижується до «{word}»</translation>
    </message>
    <message>
        <source>Along the line, {list}.</source>
        <translation>Уздовж лінії {list}.</translation>
    </message>
    <message>
        <source>The line: {why}</source>
        <translation>Лінія: {why}</translation>
    </message>
    <message>
        <source>line {number}: {word}</source>
        <translation>лінія {number}: {word}</translation>
    </message>
    <message>
        <source>{condition} is an absolute contraindication.</source>
        <translation>«{condition}» — абсолютне протипоказання.</translation>
    </message>
    <message>
        <source>{condition} is a local contraindication.</source>
        <translation>«{condition}» — місцеве протипоказання.</translation>
    </message>
    <message>
        <source>Right: {verdict}</source>
        <translation>Правильно: {verdict}</translation>
    </message>
    <message>
        <source>Not absolute: {verdict}</source>
        <translation>Не абсолютне: {verdict}</translation>
    </message>
    <message>
        <source>Not local: {verdict}</source>
        <translation>Не місцеве: {verdict}</translation>
    </message>
    <message>
        <source>It stops the plan, and the client is told: “{text}”</source>
        <translation>Воно зупиняє план, і клієнтові кажуть: «{text}»</translation>
    </message>
    <message>
        <source>The massage can go ahead: the area is drawn on the back as a no-go area ({rule}).</source>
        <translation>Масаж можна проводити: ділянку позначено на спині як заборонену ({rule}).</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Джерело: {sources}</translation>
    </message>
    <message>
        <source>How it is done ({technique}): {how}</source>
        <translation>Як це виконують ({technique}): {how}</translation>
    </message>
    <message>
        <source>Right: that was {technique}.</source>
        <translation>Правильно: це {technique}.</translation>
    </message>
    <message>
        <source>Not {chosen}: that was {technique}.</source>
        <translation>Не {chosen}: це {technique}.</translation>
    </message>
    <message>
        <source>{technique}, for comparison: {how}</source>
        <translation>{technique}, для порівняння: {how}</translation>
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
        <source>level T2 (anatomy.md)</source>
        <translation>рівень T2 (anatomy.md)</translation>
    </message>
    <message>
        <source>Root of the spine of the scapula</source>
        <translation>Основа ості лопатки</translation>
    </message>
    <message>
        <source>level T3 (anatomy.md)</source>
        <translation>рівень T3 (anatomy.md)</translation>
    </message>
    <message>
        <source>Inferior angle of the scapula</source>
        <translation>Нижній кут лопатки</translation>
    </message>
    <message>
        <source>T7 in textbooks, T8 measured standing (anatomy.md)</source>
        <translation>T7 у підручниках, T8 за вимірюваннями стоячи (anatomy.md)</translation>
    </message>
    <message>
        <source>Acromion</source>
        <translation>Акроміон</translation>
    </message>
    <message>
        <source>the bony point of the shoulder (biacromial width, anatomy.md)</source>
        <translation>кістковий виступ плеча (біакроміальна ширина, anatomy.md)</translation>
    </message>
    <message>
        <source>Top of the iliac crest</source>
        <translation>Верх клубового гребеня</translation>
    </message>
    <message>
        <source>the intercristal line: L4 in men, L4–L5 in women on imaging; felt about one level higher, L3–L4, under the hands (anatomy.md, Chakraverty 2007)</source>
        <translation>міжгребенева лінія: L4 у чоловіків, L4–L5 у жінок на знімках; під руками промацується приблизно на рівень вище, L3–L4 (anatomy.md, Chakraverty 2007)</translation>
    </message>
    <message>
        <source>Posterior superior iliac spine</source>
        <translation>Задня верхня клубова ость</translation>
    </message>
    <message>
        <source>the dimple over the sacroiliac joint, level S2 (anatomy.md)</source>
        <translation>ямочка над крижово-клубовим суглобом, рівень S2 (anatomy.md)</translation>
    </message>
    <message>
        <source>Tip of rib 11</source>
        <translation>Кінець 11-го ребра</translation>
    </message>
    <message>
        <source>crosses the upper part of the left kidney (anatomy.md)</source>
        <translation>перетинає верхню частину лівої нирки (anatomy.md)</translation>
    </message>
    <message>
        <source>Tip of rib 12</source>
        <translation>Кінець 12-го ребра</translation>
    </message>
    <message>
        <source>beyond the erector spinae, about L1–L2 (anatomy.md)</source>
        <translation>за межею м’яза-випрямляча хребта, приблизно L1–L2 (anatomy.md)</translation>
    </message>
    <message>
        <source>Hilum of the kidney</source>
        <translation>Ворота нирки</translation>
    </message>
    <message>
        <source>5 cm from the midline at L1 (anatomy.md)</source>
        <translation>5 см від серединної лінії на рівні L1 (anatomy.md)</translation>
    </message>
    <message>
        <source>Posterior axillary fold</source>
        <translation>Задня пахвова складка</translation>
    </message>
    <message>
        <source>where the arm leaves the trunk: ANSUR II&apos;s C7 → axilla drop (anatomy.md)</source>
        <translation>де рука відходить від тулуба: відстань C7 → пахва за ANSUR II (anatomy.md)</translation>
    </message>
    <message>
        <source>Gluteal fold</source>
        <translation>Сіднична складка</translation>
    </message>
    <message>
        <source>the lower edge of the buttock: ANSUR II&apos;s C7 → gluteal fold (anatomy.md)</source>
        <translation>нижній край сідниці: відстань C7 → сіднична складка за ANSUR II (anatomy.md)</translation>
    </message>
    <message>
        <source>External occipital protuberance</source>
        <translation>Зовнішній потиличний виступ</translation>
    </message>
    <message>
        <source>the bump at the back of the skull, above the C1 level</source>
        <translation>горбик на потилиці, вище рівня C1</translation>
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
        <translation>Пахвинні вузли (пах, спереду)</translation>
    </message>
    <message>
        <source>Inguinal nodes</source>
        <translation>Пахвинні вузли</translation>
    </message>
    <message>
        <source>Superficial layer. Its fibres run {fibres} from origin to insertion.</source>
        <extracomment>What hovering a muscle says of its layer and its fibres.</extracomment>
        <translation>Поверхневий шар. Волокна йдуть {fibres} від початку до прикріплення.</translation>
    </message>
    <message>
        <source>Second layer. Its fibres run {fibres} from origin to insertion.</source>
        <translation>Другий шар. Волокна йдуть {fibres} від початку до прикріплення.</translation>
    </message>
    <message>
        <source>Deep layer. Its fibres run {fibres} from origin to insertion.</source>
        <translation>Глибокий шар. Волокна йдуть {fibres} від початку до прикріплення.</translation>
    </message>
    <message>
        <source>{level}: cervical vertebra {number}</source>
        <extracomment>Each vertebra by name (&quot;T7: seventh thoracic vertebra&quot;), whole, as Slavic words agree.</extracomment>
        <translation>{level}: {number}-й шийний хребець</translation>
    </message>
    <message>
        <source>{level}: thoracic vertebra {number}</source>
        <translation>{level}: {number}-й грудний хребець</translation>
    </message>
    <message>
        <source>{level}: lumbar vertebra {number}</source>
        <translation>{level}: {number}-й поперековий хребець</translation>
    </message>
    <message>
        <source>{zone}, line {number} ({side})</source>
        <translation>{zone}, лінія {number} ({side})</translation>
    </message>
    <message>
        <source>{start}–{end} cm: {masks} (pressure {word})</source>
        <translation>{start}–{end} см: {masks} (тиск {word})</translation>
    </message>
    <message>
        <source>goes round {masks}</source>
        <translation>обходить: {masks}</translation>
    </message>
    <message>
        <source>{name}. Pressure {value} ({word}). Techniques: {techniques}.</source>
        <translation>{name}. Тиск {value} ({word}). Прийоми: {techniques}.</translation>
    </message>
    <message>
        <source>Scapula</source>
        <extracomment>What hovering a bone (or a kidney) says: its name and where it lies.</extracomment>
        <translation>Лопатка</translation>
    </message>
    <message>
        <source>Shoulder blade: superior angle at T2, spine root at T3, inferior angle at T7–T8</source>
        <translation>Лопатка: верхній кут на рівні T2, основа ості — T3, нижній кут — T7–T8</translation>
    </message>
    <message>
        <source>Spine of the scapula</source>
        <translation>Ость лопатки</translation>
    </message>
    <message>
        <source>Rib 11</source>
        <translation>11-те ребро</translation>
    </message>
    <message>
        <source>Ribs 11 and 12 lie about 5 cm from the kidneys (seed 001)</source>
        <translation>11-те і 12-те ребра лежать приблизно за 5 см від нирок (джерело 001)</translation>
    </message>
    <message>
        <source>Rib 12</source>
        <translation>12-те ребро</translation>
    </message>
    <message>
        <source>Iliac crest</source>
        <translation>Клубовий гребінь</translation>
    </message>
    <message>
        <source>Kidney</source>
        <translation>Нирка</translation>
    </message>
    <message>
        <source>Under ribs 11–12, T12–L3; the left sits ~1.25 cm higher (anatomy.md)</source>
        <translation>Під 11–12 ребрами, T12–L3; ліва лежить приблизно на 1,25 см вище (anatomy.md)</translation>
    </message>
    <message>
        <source>Sacrum and coccyx</source>
        <translation>Крижі й куприк</translation>
    </message>
    <message>
        <source>Below L5; the PSIS dimples at S2 mark the sacroiliac joints</source>
        <translation>Нижче L5; ямочки ЗВКО на рівні S2 позначають крижово-клубові суглоби</translation>
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
    <message>
        <source>the lower end of the spine</source>
        <translation>нижній кінець хребта</translation>
    </message>
    <message>
        <source>Spinous process, {cm} cm below C7</source>
        <translation>Остистий відросток, на {cm} см нижче C7</translation>
    </message>
    <message>
        <source>Spinous process, {cm} cm above C7</source>
        <translation>Остистий відросток, на {cm} см вище C7</translation>
    </message>
    <message>
        <source>Vertebra prominens, the origin of the map</source>
        <translation>Виступний хребець, початок координат карти</translation>
    </message>
</context>
<context>
    <name>strip</name>
    <message>
        <source>str</source>
        <extracomment>Each technique in a few letters, for a short block (translated in context ``strip``).</extracomment>
        <translation>погл</translation>
    </message>
    <message>
        <source>sq</source>
        <translation>вижим</translation>
    </message>
    <message>
        <source>rub</source>
        <translation>розт</translation>
    </message>
    <message>
        <source>knead</source>
        <translation>розм</translation>
    </message>
    <message>
        <source>vib</source>
        <translation>віб</translation>
    </message>
    <message>
        <source>perc</source>
        <translation>удар</translation>
    </message>
    <message>
        <source>sh</source>
        <translation>струш</translation>
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
        <source>coccyx</source>
        <translation>куприк</translation>
    </message>
    <message>
        <source>from the neck down</source>
        <translation>від шиї вниз</translation>
    </message>
    <message>
        <source>from the sacrum up</source>
        <translation>від крижів угору</translation>
    </message>
    <message>
        <source>up</source>
        <translation>вгору</translation>
    </message>
    <message>
        <source>down</source>
        <translation>вниз</translation>
    </message>
    <message>
        <source>out from the spine</source>
        <translation>назовні від хребта</translation>
    </message>
    <message>
        <source>up and out</source>
        <translation>вгору й назовні</translation>
    </message>
    <message>
        <source>down and out</source>
        <translation>вниз і назовні</translation>
    </message>
    <message>
        <source>down and in</source>
        <translation>вниз і досередини</translation>
    </message>
    <message>
        <source>up and in</source>
        <translation>вгору й досередини</translation>
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
        <translation>пахвинні</translation>
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
