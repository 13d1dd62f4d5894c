<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Exports</name>
    <message>
        <source>Nothing was written; what is on screen stays as it was.</source>
        <translation>Ничего не записано; то, что на экране, остаётся как было.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено {path}</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export geometry</source>
        <translation>Экспорт геометрии</translation>
    </message>
    <message>
        <source>PDF on Letter paper (*.pdf)</source>
        <translation>PDF на бумаге Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Export the handout</source>
        <translation>Экспорт памятки</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF на бумаге A4 (*.pdf)</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;Animated WebP (*.webp);;GIF (*.gif)</source>
        <translation>Видео MP4 (*.mp4);;Анимированный WebP (*.webp);;GIF (*.gif)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>Экспорт отменён: ничего не записано</translation>
    </message>
    <message>
        <source>Dorsum back-massage atlas</source>
        <extracomment>The least share of the picture&apos;s height the body takes, where the page allows it.</extracomment>
        <translation>Dorsum — атлас массажа спины</translation>
    </message>
    <message>
        <source>frame {i}/{total}</source>
        <translation>кадр {i}/{total}</translation>
    </message>
    <message>
        <source>{what}: {pct}% ({i}/{total} frames)</source>
        <translation>{what}: {pct}% (кадров: {i}/{total})</translation>
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
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Muscles (M)</source>
        <translation>Мышцы (M)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Тело</translation>
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
        <source>Atlas</source>
        <translation>Атлас</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Указания</translation>
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
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>Hover to name a vertebra, landmark, zone or line; click to read its guidance.</source>
        <translation>Наведите, чтобы увидеть название позвонка, ориентира, зоны или линии; щёлкните, чтобы прочитать указания.</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Все зоны</translation>
    </message>
    <message>
        <source>That layer stays hidden until the question is answered.</source>
        <translation>Этот слой скрыт, пока вы не ответите на вопрос.</translation>
    </message>
    <message>
        <source>Labels at {scale}×</source>
        <translation>Подписи: {scale}×</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>Изменить тело</translation>
    </message>
    <message>
        <source>Use the seeds&apos; {variant} protocol, {direction}</source>
        <translation>Взять протокол источников: {variant}, {direction}</translation>
    </message>
    <message>
        <source>Add a no-go area</source>
        <translation>Добавить запретный участок</translation>
    </message>
    <message>
        <source>Clear the no-go areas</source>
        <translation>Убрать запретные участки</translation>
    </message>
    <message>
        <source>Remove a no-go area</source>
        <translation>Убрать запретный участок</translation>
    </message>
    <message>
        <source>Open a zones folder</source>
        <translation>Открыть папку зон</translation>
    </message>
    <message>
        <source>new plan</source>
        <translation>новый план</translation>
    </message>
    <message>
        <source>zones from {folder}</source>
        <translation>зоны из {folder}</translation>
    </message>
    <message>
        <source>The zones on screen stay as they were (from {folder}). Fix the file and press Ctrl+R to load it again.</source>
        <translation>Зоны на экране остаются как были (из {folder}). Исправьте файл и нажмите Ctrl+R, чтобы загрузить его снова.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>NoGoDialog</name>
    <message>
        <source>What is there?</source>
        <translation>Что здесь?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>A note (optional): e.g. healed, 2 years old</source>
        <translation>Заметка (необязательно): напр. зажившая, 2 года назад</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Client&apos;s name (stays on this computer)</source>
        <translation>Имя клиента (остаётся на этом компьютере)</translation>
    </message>
    <message>
        <source>Change the body</source>
        <translation>Изменить тело</translation>
    </message>
    <message>
        <source>as the window</source>
        <translation>на языке интерфейса</translation>
    </message>
    <message>
        <source>The language of the client&apos;s handout</source>
        <translation>Язык памятки для клиента</translation>
    </message>
    <message>
        <source>Change the client&apos;s language</source>
        <translation>Изменить язык клиента</translation>
    </message>
    <message>
        <source>Your name, for the handout</source>
        <translation>Ваше имя, для памятки</translation>
    </message>
    <message>
        <source>Phone or e-mail, for the handout</source>
        <translation>Телефон или e-mail, для памятки</translation>
    </message>
    <message>
        <source>mean of the sex</source>
        <translation>средний для пола</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> см</translation>
    </message>
    <message>
        <source>Stop the massage (see a doctor)</source>
        <translation>Абсолютные противопоказания (к врачу)</translation>
    </message>
    <message>
        <source>Avoid one area (draw it on the back with N)</source>
        <translation>Местные противопоказания (обвести на спине: N)</translation>
    </message>
    <message>
        <source>Changes the session</source>
        <translation>Меняет сеанс</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Давление</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Seeds&apos; protocol</source>
        <translation>Восстановить протокол источников</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> сеансов</translation>
    </message>
    <message>
        <source> a week</source>
        <translation> в неделю</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> нед.</translation>
    </message>
    <message>
        <source>The seeds recommend {range}</source>
        <translation>Источники рекомендуют {range}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Тело</translation>
    </message>
    <message>
        <source>Stature</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>Handout in</source>
        <translation>Памятка</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Массажист</translation>
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
        <translation>Поддержка каждые</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt; (edit minutes and pressure in place)</source>
        <translation>&lt;b&gt;Шаги&lt;/b&gt; (минуты и давление можно менять прямо в таблице)</translation>
    </message>
    <message>
        <source>Before each session</source>
        <translation>Перед каждым сеансом</translation>
    </message>
    <message>
        <source>areas to avoid: {areas} — draw them on the back (N)</source>
        <translation>участки, которых следует избегать: {areas}. Обведите их на спине (клавиша N)</translation>
    </message>
    <message>
        <source>areas to avoid: {areas} — draw {missing} on the back (N)</source>
        <translation>участки, которых следует избегать: {areas}. Обведите на спине: {missing} (клавиша N)</translation>
    </message>
    <message>
        <source>areas to avoid: {areas}</source>
        <translation>участки, которых следует избегать: {areas}</translation>
    </message>
    <message>
        <source>top-down for high blood pressure</source>
        <translation>сверху вниз из-за повышенного артериального давления</translation>
    </message>
    <message>
        <source>Massage can go ahead.</source>
        <translation>Массаж можно проводить.</translation>
    </message>
    <message>
        <source>Within the seeds’ {low}–{high} minutes.</source>
        <translation>В пределах {low}–{high} минут, которые дают источники.</translation>
    </message>
    <message>
        <source>Total {minutes} min.</source>
        <translation>Всего {minutes} мин.</translation>
    </message>
    <message>
        <source>Change the therapist&apos;s details</source>
        <translation>Изменить данные массажиста</translation>
    </message>
    <message>
        <source>Rename the client</source>
        <translation>Переименовать клиента</translation>
    </message>
    <message>
        <source>Change the stature</source>
        <translation>Изменить рост</translation>
    </message>
    <message>
        <source>Add {condition}</source>
        <translation>Добавить: {condition}</translation>
    </message>
    <message>
        <source>Remove {condition}</source>
        <translation>Убрать: {condition}</translation>
    </message>
    <message>
        <source>Change the minutes of step {n}</source>
        <translation>Изменить минуты этапа {n}</translation>
    </message>
    <message>
        <source>Change the pressure of step {n}</source>
        <translation>Изменить давление этапа {n}</translation>
    </message>
    <message>
        <source>Move step {n}</source>
        <translation>Переместить этап {n}</translation>
    </message>
    <message>
        <source>Remove step {n}</source>
        <translation>Убрать этап {n}</translation>
    </message>
    <message>
        <source>Change the course</source>
        <translation>Изменить курс</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>Speed {speed}×</source>
        <translation>Скорость {speed}×</translation>
    </message>
</context>
<context>
    <name>QuizController</name>
    <message>
        <source>Absolute: no massage</source>
        <extracomment>Layers that would give the answer away while a question of each kind waits: vertebra labels (and line numbers beside them), the lines themselves, or the zones&apos; colours and their legend; for a mask question the masks, the lines&apos; dotted stretches and the legend that names them; for a pressure question the lines, whose width is their pressure. The moving hands would cover the answers: off and locked for the whole quiz, but for the question they are the answer to. Kinds answered with a button (the others on the back, or in the order list). The buttons&apos; words for a contraindication&apos;s two groups.</extracomment>
        <translation>Абсолютное: без массажа</translation>
    </message>
    <message>
        <source>Local: keep off that area</source>
        <translation>Местное: обходить этот участок</translation>
    </message>
    <message>
        <source>Click on the back (the vertebra labels are hidden until you answer).</source>
        <extracomment>A technique question plays in real time, so its tempo is the one techniques.toml gives. What to do, shown under the question until it is answered.</extracomment>
        <translation>Щёлкните на спине (подписи позвонков скрыты, пока вы не ответите).</translation>
    </message>
    <message>
        <source>Click on the back (the zones are hidden until you answer; the vertebrae guide you).</source>
        <translation>Щёлкните на спине (зоны скрыты, пока вы не ответите; ориентируйтесь по позвонкам).</translation>
    </message>
    <message>
        <source>Drag on the back from where the line starts, the way it runs (the lines are hidden).</source>
        <translation>Проведите по спине от начала линии в её направлении (линии скрыты).</translation>
    </message>
    <message>
        <source>Drag the techniques into order, then press Check (or Enter).</source>
        <translation>Перетащите приёмы в правильном порядке, затем нажмите «Проверить» (или Enter).</translation>
    </message>
    <message>
        <source>Click on the back (the masks, the lines and the legend are hidden until you answer).</source>
        <translation>Щёлкните на спине (запретные участки, линии и легенда скрыты, пока вы не ответите).</translation>
    </message>
    <message>
        <source>Choose the pressure (the line is drawn plain: the lines&apos; widths are hidden).</source>
        <translation>Выберите давление (линия показана одинаковой толщиной: толщина линий скрыта).</translation>
    </message>
    <message>
        <source>Choose absolute or local.</source>
        <translation>Выберите: абсолютное или местное.</translation>
    </message>
    <message>
        <source>Watch the hands, then choose the technique (its name is hidden while they move).</source>
        <translation>Следите за руками, затем выберите приём (его название скрыто, пока руки движутся).</translation>
    </message>
    <message>
        <source>Test yourself on the back: name the vertebrae, find the zones, draw which way the lines run, put each zone&apos;s techniques in order, show where not to press and why, say how hard on a line, tell absolute from local contraindications and recognise a technique from the hands. Ten questions, drawn at random.</source>
        <translation>Проверьте себя на спине: назовите позвонки, найдите зоны, покажите, куда идут линии, расставьте приёмы каждой зоны по порядку, покажите, где нельзя давить и почему, скажите, с каким давлением работают на линии, отличите абсолютные противопоказания от местных и узнайте приём по движениям рук. Десять вопросов, выбранных случайно.</translation>
    </message>
    <message>
        <source>Seed (optional): same seed, same quiz</source>
        <translation>Вариант (необязательно): тот же номер — тот же тест</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Начать тест</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Stop quiz</source>
        <translation>Остановить тест</translation>
    </message>
    <message>
        <source>Seed (optional). The whole class types the same seed to get the same questions;
leave it empty for a random quiz.</source>
        <translation>Вариант (необязательно). Вся группа вводит один и тот же номер, чтобы получить те же вопросы;
оставьте пустым для случайного теста.</translation>
    </message>
    <message>
        <source>Quiz: {how}</source>
        <translation>Тест: {how}</translation>
    </message>
    <message>
        <source>This plan&apos;s session has no step of this technique to show: choose from what you know of the zone.</source>
        <translation>В сеансе этого плана нет шага с этим приёмом, чтобы его показать: выберите из того, что знаете о зоне.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Partly right: {score} of 1</source>
        <translation>Частично верно: {score} из 1</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>See the score</source>
        <translation>Посмотреть результат</translation>
    </message>
    <message>
        <source>Quiz: the right answer is on the back. Press Enter or Next to go on.</source>
        <translation>Тест: правильный ответ показан на спине. Нажмите Enter или «Далее», чтобы продолжить.</translation>
    </message>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Вопрос {number} из {count}</translation>
    </message>
    <message>
        <source>Quiz over</source>
        <translation>Тест окончен</translation>
    </message>
    <message>
        <source>score {score}  ·  {right} right</source>
        <translation>баллы {score}  ·  верных ответов: {right}</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>вариант {seed}</translation>
    </message>
    <message>
        <source>Quiz over: {percent}%</source>
        <translation>Тест окончен: {percent}%</translation>
    </message>
    <message>
        <source>Seed {seed}: start a quiz with this seed to take the same questions again.</source>
        <translation>Вариант {seed}: начните тест с этим номером, чтобы пройти те же вопросы ещё раз.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Quiz over: score {score} of {asked}</source>
        <translation>Тест окончен: баллы {score} из {asked}</translation>
    </message>
    <message>
        <source>start of {line}</source>
        <translation>начало: {line}</translation>
    </message>
    <message>
        <source>That was a click: press where the line starts and drag the way it runs.</source>
        <translation>Это был щелчок: нажмите там, где линия начинается, и проведите в её направлении.</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Воспроизвести / пауза (Пробел)</translation>
    </message>
    <message>
        <source>Previous step (←)</source>
        <translation>Предыдущий шаг (←)</translation>
    </message>
    <message>
        <source>Next step (→)</source>
        <translation>Следующий шаг (→)</translation>
    </message>
    <message>
        <source>Playback speed: 1× is real time, 60× shows a 30-minute session in 30 s</source>
        <translation>Скорость воспроизведения: 1× — реальное время, 60× показывает 30-минутный сеанс за 30 с</translation>
    </message>
    <message>
        <source>general</source>
        <translation>общий</translation>
    </message>
    <message>
        <source>therapeutic</source>
        <translation>лечебный</translation>
    </message>
    <message>
        <source>first session</source>
        <translation>первый сеанс</translation>
    </message>
    <message>
        <source>bottom-up</source>
        <translation>снизу вверх</translation>
    </message>
    <message>
        <source>top-down</source>
        <translation>сверху вниз</translation>
    </message>
    <message>
        <source>Session durations from the seeds: general, therapeutic, or a first session of at most 15 minutes</source>
        <translation>Длительность сеанса по источникам: общий, лечебный или первый сеанс не дольше 15 минут</translation>
    </message>
    <message>
        <source>Bottom-up by default; top-down for a client with high blood pressure (seed 003)</source>
        <translation>По умолчанию снизу вверх; сверху вниз — для клиента с повышенным давлением (источник 003)</translation>
    </message>
    <message>
        <source>Loop this step</source>
        <translation>Повторять шаг</translation>
    </message>
    <message>
        <source>Repeat the current technique on the current zone (L)</source>
        <translation>Повторять текущий приём на текущей зоне (L)</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Space&lt;/b&gt; to play the session; click the strip to jump to a step.</source>
        <translation>Нажмите &lt;b&gt;Пробел&lt;/b&gt;, чтобы воспроизвести сеанс; щёлкните полосу, чтобы перейти к шагу.</translation>
    </message>
    <message>
        <source>hands lifted</source>
        <translation>руки подняты</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>линия {number}</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>линии {numbers}</translation>
    </message>
    <message>
        <source>pressure now: {word}</source>
        <translation>давление сейчас: {word}</translation>
    </message>
</context>
<context>
    <name>TechniqueCardDialog</name>
    <message>
        <source>Technique card</source>
        <extracomment>The card&apos;s loop plays at this many frames a second (real time: the tempo techniques.toml gives). The dialog&apos;s card, in pixels: a phone&apos;s frame, the size ``animate --close-up`` writes.</extracomment>
        <translation>Карточка приёма</translation>
    </message>
    <message>
        <source>Save the loop…</source>
        <translation>Сохранить цикл…</translation>
    </message>
    <message>
        <source>Write this card&apos;s loop as a GIF, WebP or MP4 (as animate --close-up)</source>
        <translation>Записать цикл этой карточки как GIF, WebP или MP4 (как animate --close-up)</translation>
    </message>
    <message>
        <source>Technique card: {name}</source>
        <translation>Карточка приёма: {name}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Save the card&apos;s loop</source>
        <translation>Сохранить цикл карточки</translation>
    </message>
    <message>
        <source>Animations (*.gif *.webp *.mp4)</source>
        <translation>Анимации (*.gif *.webp *.mp4)</translation>
    </message>
</context>
<context>
    <name>TechniqueCards</name>
    <message>
        <source>The technique card opens again when the quiz is over.</source>
        <translation>Карточка приёма снова откроется, когда тест закончится.</translation>
    </message>
</context>
<context>
    <name>TempoDialog</name>
    <message>
        <source>Tempo and repetitions</source>
        <translation>Темп и повторения</translation>
    </message>
    <message>
        <source>Tempo (a minute)</source>
        <translation>Темп (в минуту)</translation>
    </message>
    <message>
        <source>Repetitions of each line</source>
        <translation>Повторов на каждой линии</translation>
    </message>
    <message>
        <source> /min</source>
        <translation> /мин</translation>
    </message>
    <message>
        <source> times a line</source>
        <translation> × на линию</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>The session: each block is a technique on a zone. Click or drag to jump; a click also opens the technique&apos;s card.</source>
        <translation>Сеанс: каждый блок — приём на зоне. Щёлкните или перетащите, чтобы перейти; щелчок также открывает карточку приёма.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Новый план</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Открыть план…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Сохранить план</translation>
    </message>
    <message>
        <source>Save plan &amp;as…</source>
        <translation>Сохранить план &amp;как…</translation>
    </message>
    <message>
        <source>Open &amp;zones folder…</source>
        <translation>Открыть папку &amp;зон…</translation>
    </message>
    <message>
        <source>&amp;Reload zones</source>
        <translation>&amp;Перечитать зоны</translation>
    </message>
    <message>
        <source>&amp;Export picture…</source>
        <translation>&amp;Экспортировать изображение…</translation>
    </message>
    <message>
        <source>Export &amp;geometry (GeoJSON)…</source>
        <translation>Экспортировать &amp;геометрию (GeoJSON)…</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>Экспортировать &amp;памятку…</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Печать памятки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Вместить</translation>
    </message>
    <message>
        <source>&amp;Larger labels</source>
        <translation>&amp;Крупнее подписи</translation>
    </message>
    <message>
        <source>&amp;Smaller labels</source>
        <translation>&amp;Мельче подписи</translation>
    </message>
    <message>
        <source>Body outline</source>
        <translation>Контур тела</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Bones and kidneys</source>
        <translation>Кости и почки</translation>
    </message>
    <message>
        <source>Masks (where not to press)</source>
        <translation>Маски (где не давить)</translation>
    </message>
    <message>
        <source>Lymph nodes</source>
        <translation>Лимфоузлы</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Ориентиры</translation>
    </message>
    <message>
        <source>Stroke lines</source>
        <translation>Линии движений</translation>
    </message>
    <message>
        <source>Vertebrae</source>
        <translation>Позвонки</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Next &amp;muscle view</source>
        <translation>Следующий вид &amp;мышц</translation>
    </message>
    <message>
        <source>No muscles</source>
        <translation>Без мышц</translation>
    </message>
    <message>
        <source>Superficial muscles</source>
        <translation>Поверхностные мышцы</translation>
    </message>
    <message>
        <source>Deep muscles (second and deep layers)</source>
        <translation>Глубокие мышцы (второй и глубокий слои)</translation>
    </message>
    <message>
        <source>&amp;Atlas panel</source>
        <translation>Панель &amp;атласа</translation>
    </message>
    <message>
        <source>&amp;Guidance and plan</source>
        <translation>&amp;Указания и план</translation>
    </message>
    <message>
        <source>&amp;Session strip</source>
        <translation>Полоса &amp;сеанса</translation>
    </message>
    <message>
        <source>&amp;Next zone</source>
        <translation>&amp;Следующая зона</translation>
    </message>
    <message>
        <source>&amp;Previous zone</source>
        <translation>&amp;Предыдущая зона</translation>
    </message>
    <message>
        <source>&amp;All zones</source>
        <translation>&amp;Все зоны</translation>
    </message>
    <message>
        <source>P&amp;resenter mode</source>
        <translation>Режим &amp;презентации</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Воспроизвести / пауза</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Следующий шаг</translation>
    </message>
    <message>
        <source>P&amp;revious step</source>
        <translation>&amp;Предыдущий шаг</translation>
    </message>
    <message>
        <source>&amp;Loop this step</source>
        <translation>&amp;Повторять этот шаг</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Быстрее</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>М&amp;едленнее</translation>
    </message>
    <message>
        <source>&amp;Tempo and repetitions…</source>
        <translation>&amp;Темп и повторения…</translation>
    </message>
    <message>
        <source>Technique &amp;card</source>
        <translation>&amp;Карточка приёма</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>Экспортировать &amp;анимацию…</translation>
    </message>
    <message>
        <source>Show the &amp;hands</source>
        <translation>Показать &amp;руки</translation>
    </message>
    <message>
        <source>Show the &amp;dose map</source>
        <translation>Показать карту &amp;дозы</translation>
    </message>
    <message>
        <source>Draw a &amp;no-go area…</source>
        <translation>Нарисовать &amp;запретный участок…</translation>
    </message>
    <message>
        <source>&amp;Remove the last no-go area</source>
        <translation>&amp;Убрать последний запретный участок</translation>
    </message>
    <message>
        <source>&amp;Clear no-go areas</source>
        <translation>&amp;Очистить запретные участки</translation>
    </message>
    <message>
        <source>&amp;Start quiz…</source>
        <translation>&amp;Начать тест…</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Следующий вопрос</translation>
    </message>
    <message>
        <source>S&amp;top quiz</source>
        <translation>&amp;Остановить тест</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next zone</source>
        <translation>Следующая зона</translation>
    </message>
    <message>
        <source>Previous zone</source>
        <translation>Предыдущая зона</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Все зоны</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Отменить последний штрих</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Очистить рисунок</translation>
    </message>
    <message>
        <source>Next pen colour</source>
        <translation>Следующий цвет пера</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Указка</translation>
    </message>
    <message>
        <source>Dose map</source>
        <translation>Карта дозы</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>a new plan for a client</source>
        <translation>новый план для клиента</translation>
    </message>
    <message>
        <source>open a plan</source>
        <translation>открыть план</translation>
    </message>
    <message>
        <source>the plans opened last</source>
        <translation>последние открытые планы</translation>
    </message>
    <message>
        <source>save the plan</source>
        <translation>сохранить план</translation>
    </message>
    <message>
        <source>save the plan under another name</source>
        <translation>сохранить план под другим именем</translation>
    </message>
    <message>
        <source>open another zones folder</source>
        <translation>открыть другую папку зон</translation>
    </message>
    <message>
        <source>read the zones folder again (a bad file shows its message; the last good zones stay)</source>
        <translation>перечитать папку зон (ошибочный файл показывает своё сообщение; остаются последние исправные зоны)</translation>
    </message>
    <message>
        <source>export the picture (PNG, SVG, PDF)</source>
        <translation>экспортировать изображение (PNG, SVG, PDF)</translation>
    </message>
    <message>
        <source>export the geometry (GeoJSON)</source>
        <translation>экспортировать геометрию (GeoJSON)</translation>
    </message>
    <message>
        <source>export the client&apos;s handout (PDF)</source>
        <translation>экспортировать памятку клиента (PDF)</translation>
    </message>
    <message>
        <source>print the client&apos;s handout</source>
        <translation>напечатать памятку клиента</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>выйти</translation>
    </message>
    <message>
        <source>undo a change of plan</source>
        <translation>отменить изменение плана</translation>
    </message>
    <message>
        <source>redo it</source>
        <translation>повторить его</translation>
    </message>
    <message>
        <source>zoom in</source>
        <translation>увеличить</translation>
    </message>
    <message>
        <source>zoom out</source>
        <translation>уменьшить</translation>
    </message>
    <message>
        <source>fit the back (or the zone) to the window</source>
        <translation>вместить спину (или зону) в окно</translation>
    </message>
    <message>
        <source>larger labels, numbers and lines (a projector wants 2×)</source>
        <translation>крупнее подписи, числа и линии (для проектора — 2×)</translation>
    </message>
    <message>
        <source>smaller labels</source>
        <translation>мельче подписи</translation>
    </message>
    <message>
        <source>show or hide: body outline</source>
        <translation>показать или скрыть: контур тела</translation>
    </message>
    <message>
        <source>show or hide: zones</source>
        <translation>показать или скрыть: зоны</translation>
    </message>
    <message>
        <source>show or hide: bones and kidneys</source>
        <translation>показать или скрыть: кости и почки</translation>
    </message>
    <message>
        <source>show or hide: masks (where not to press)</source>
        <translation>показать или скрыть: маски (где не давить)</translation>
    </message>
    <message>
        <source>show or hide: lymph nodes</source>
        <translation>показать или скрыть: лимфоузлы</translation>
    </message>
    <message>
        <source>show or hide: landmarks</source>
        <translation>показать или скрыть: ориентиры</translation>
    </message>
    <message>
        <source>show or hide: stroke lines</source>
        <translation>показать или скрыть: линии движений</translation>
    </message>
    <message>
        <source>show or hide: vertebrae</source>
        <translation>показать или скрыть: позвонки</translation>
    </message>
    <message>
        <source>show or hide: legend</source>
        <translation>показать или скрыть: легенду</translation>
    </message>
    <message>
        <source>muscles under the lines: none, superficial, deep (press again for the next)</source>
        <translation>мышцы под линиями: нет, поверхностные, глубокие (нажмите ещё раз для следующего)</translation>
    </message>
    <message>
        <source>show no muscles</source>
        <translation>не показывать мышцы</translation>
    </message>
    <message>
        <source>show superficial muscles</source>
        <translation>показать поверхностные мышцы</translation>
    </message>
    <message>
        <source>show deep muscles (second and deep layers)</source>
        <translation>показать глубокие мышцы (второй и глубокий слои)</translation>
    </message>
    <message>
        <source>show or hide the zones and layers panel</source>
        <translation>показать или скрыть панель зон и слоёв</translation>
    </message>
    <message>
        <source>show or hide the guidance and plan panel</source>
        <translation>показать или скрыть панель указаний и плана</translation>
    </message>
    <message>
        <source>show or hide the session strip</source>
        <translation>показать или скрыть полосу сеанса</translation>
    </message>
    <message>
        <source>next zone</source>
        <translation>следующая зона</translation>
    </message>
    <message>
        <source>previous zone</source>
        <translation>предыдущая зона</translation>
    </message>
    <message>
        <source>show all zones</source>
        <translation>показать все зоны</translation>
    </message>
    <message>
        <source>presenter mode for a class (F1 or ? there lists its keys; Esc leaves)</source>
        <translation>режим презентации для занятия (F1 или ? там показывает клавиши; Esc — выход)</translation>
    </message>
    <message>
        <source>play / pause the session</source>
        <translation>воспроизвести / приостановить сеанс</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>предыдущий шаг</translation>
    </message>
    <message>
        <source>loop the current step</source>
        <translation>повторять текущий шаг</translation>
    </message>
    <message>
        <source>faster (1× to 60×)</source>
        <translation>быстрее (от 1× до 60×)</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>медленнее</translation>
    </message>
    <message>
        <source>how fast each technique goes</source>
        <translation>темп каждого приёма</translation>
    </message>
    <message>
        <source>the technique card of the step playing: its hands close up (2.5×) with the contact, posture, path, tempo, direction and source</source>
        <translation>карточка приёма текущего этапа: руки крупным планом (2,5×) с контактом, положением, путём, темпом, направлением и источником</translation>
    </message>
    <message>
        <source>export the animation (MP4, WebP, GIF)</source>
        <translation>экспортировать анимацию (MP4, WebP, GIF)</translation>
    </message>
    <message>
        <source>show or hide the hands and their trail</source>
        <translation>показать или скрыть руки и их след</translation>
    </message>
    <message>
        <source>show or hide the dose map (pressure × time)</source>
        <translation>показать или скрыть карту дозы (давление × время)</translation>
    </message>
    <message>
        <source>draw a client&apos;s no-go area (drag a circle)</source>
        <translation>нарисовать запретный участок клиента (протяните круг)</translation>
    </message>
    <message>
        <source>remove the last no-go area</source>
        <translation>убрать последний запретный участок</translation>
    </message>
    <message>
        <source>remove every no-go area</source>
        <translation>убрать все запретные участки</translation>
    </message>
    <message>
        <source>start a quiz (an optional seed gives the whole class the same one)</source>
        <translation>начать тест (необязательный номер варианта даёт всей группе одинаковый тест)</translation>
    </message>
    <message>
        <source>next question</source>
        <translation>следующий вопрос</translation>
    </message>
    <message>
        <source>stop the quiz</source>
        <translation>остановить тест</translation>
    </message>
    <message>
        <source>these keys</source>
        <translation>эти клавиши</translation>
    </message>
    <message>
        <source>next: zone, then each line, then each technique (animated)</source>
        <translation>далее: зона, затем каждая линия, затем каждый приём (с анимацией)</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>назад</translation>
    </message>
    <message>
        <source>the whole back, all zones</source>
        <translation>вся спина, все зоны</translation>
    </message>
    <message>
        <source>undo the last pen stroke on this zone (or a clear)</source>
        <translation>отменить последний штрих пера на этой зоне (или очистку)</translation>
    </message>
    <message>
        <source>clear this zone&apos;s drawing</source>
        <translation>очистить рисунок этой зоны</translation>
    </message>
    <message>
        <source>next pen colour (red, blue, green, black)</source>
        <translation>следующий цвет пера (красный, синий, зелёный, чёрный)</translation>
    </message>
    <message>
        <source>a pointer instead of the pen (a spot that follows the mouse)</source>
        <translation>указка вместо пера (пятно, следующее за мышью)</translation>
    </message>
    <message>
        <source>show or hide the dose map</source>
        <translation>показать или скрыть карту дозы</translation>
    </message>
    <message>
        <source>leave presenter mode</source>
        <translation>выйти из режима презентации</translation>
    </message>
    <message>
        <source>show or hide a layer ({names})</source>
        <translation>показать или скрыть слой ({names})</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>масштаб</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>сдвиг</translation>
    </message>
    <message>
        <source>select a zone or a line: its guidance shows on the right</source>
        <translation>выбрать зону или линию: указания к ней появятся справа</translation>
    </message>
    <message>
        <source>name a vertebra, landmark, zone or line in the status bar</source>
        <translation>название позвонка, ориентира, зоны или линии в строке состояния</translation>
    </message>
    <message>
        <source>zoom in, out, fit</source>
        <translation>увеличить, уменьшить, вместить</translation>
    </message>
    <message>
        <source>hands faster, slower</source>
        <translation>руки быстрее, медленнее</translation>
    </message>
    <message>
        <source>draw on the picture (class notes: kept with the zone, never in the client&apos;s plan)</source>
        <translation>рисовать на изображении (заметки занятия: хранятся с зоной, никогда в плане клиента)</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>колёсико</translation>
    </message>
    <message>
        <source>drag</source>
        <translation>перетаскивание</translation>
    </message>
    <message>
        <source>click</source>
        <translation>щелчок</translation>
    </message>
    <message>
        <source>hover</source>
        <translation>наведение</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>the whole palm</source>
        <translation>вся ладонь</translation>
    </message>
    <message>
        <source>the heel of the palm</source>
        <translation>основание ладони</translation>
    </message>
    <message>
        <source>the little-finger (ulnar) edge</source>
        <translation>локтевой край ладони (со стороны мизинца)</translation>
    </message>
    <message>
        <source>the finger pads</source>
        <translation>подушечки пальцев</translation>
    </message>
    <message>
        <source>the fingertips</source>
        <translation>кончики пальцев</translation>
    </message>
    <message>
        <source>the thumb</source>
        <translation>большой палец</translation>
    </message>
    <message>
        <source>the knuckles of a loose fist</source>
        <translation>костяшки свободно сжатого кулака</translation>
    </message>
    <message>
        <source>the fist</source>
        <translation>кулак</translation>
    </message>
    <message>
        <source>the cupped palm</source>
        <translation>ладонь лодочкой</translation>
    </message>
    <message>
        <source>the back of the hand</source>
        <translation>тыльная сторона кисти</translation>
    </message>
    <message>
        <source>the forearm</source>
        <translation>предплечье</translation>
    </message>
    <message>
        <source>flat, the fingers together</source>
        <translation>плоско, пальцы сомкнуты</translation>
    </message>
    <message>
        <source>gripping, the thumb opposed to the fingers</source>
        <translation>захватом, большой палец противопоставлен остальным</translation>
    </message>
    <message>
        <source>with the thumb spread wide from the index finger</source>
        <translation>с большим пальцем, широко отведённым от указательного</translation>
    </message>
    <message>
        <source>on the heel of the palm</source>
        <translation>на основании ладони</translation>
    </message>
    <message>
        <source>on its little-finger edge</source>
        <translation>на ребре ладони со стороны мизинца</translation>
    </message>
    <message>
        <source>on its fingertips, the fingers bent</source>
        <translation>на кончиках пальцев, пальцы согнуты</translation>
    </message>
    <message>
        <source>in a loose fist</source>
        <translation>свободно сжатым кулаком</translation>
    </message>
    <message>
        <source>cupped</source>
        <translation>лодочкой</translation>
    </message>
    <message>
        <source>both hands at once, each on its own side of the spine</source>
        <translation>обе руки одновременно, каждая на своей стороне позвоночника</translation>
    </message>
    <message>
        <source>the two hands take turns</source>
        <translation>руки работают поочерёдно</translation>
    </message>
    <message>
        <source>one hand on the other, weighting it (one side, then the other)</source>
        <translation>рука на руке, отягощая её (сначала одна сторона, затем другая)</translation>
    </message>
    <message>
        <source>one palm lifts the shoulder while the other hand works under the blade (one side, then the other)</source>
        <translation>одна ладонь приподнимает плечо, а другая рука работает под лопаткой (сначала одна сторона, затем другая)</translation>
    </message>
    <message>
        <source>strokes</source>
        <translation>движений</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>кругов</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>циклов</translation>
    </message>
    <message>
        <source>oscillations</source>
        <translation>колебаний</translation>
    </message>
    <message>
        <source>taps</source>
        <translation>ударов</translation>
    </message>
    <message>
        <source>shakes</source>
        <translation>встряхиваний</translation>
    </message>
    <message>
        <source>beats</source>
        <translation>тактов</translation>
    </message>
    <message>
        <source>: the lower back is worked with the outer side of the palm (seed 003)</source>
        <translation>: поясницу массируют внешней стороной ладони (источник 003)</translation>
    </message>
    <message>
        <source> (the lower back is worked with the outer side of the palm, seed 003)</source>
        <translation> (поясницу массируют внешней стороной ладони, источник 003)</translation>
    </message>
    <message>
        <source>{tempo} {unit} a minute</source>
        <translation>{unit} в минуту: {tempo}</translation>
    </message>
    <message>
        <source> ({rate} a second)</source>
        <translation> ({rate} в секунду)</translation>
    </message>
    <message>
        <source>With {contact} on the skin</source>
        <translation>На коже — {contact}</translation>
    </message>
    <message>
        <source>Here the hand is held {pose}.</source>
        <translation>Здесь кисть держат так: {pose}.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Положение кисти</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Dorsum&apos;s decision: {text}</source>
        <translation>Решение Dorsum: {text}</translation>
    </message>
    <message>
        <source>{source}, row “{text}”</source>
        <translation>{source}, строка «{text}»</translation>
    </message>
    <message>
        <source>{source}: “{text}”</source>
        <translation>{source}: “{text}”</translation>
    </message>
    <message>
        <source>{zoom}× close-up</source>
        <extracomment>The close-up&apos;s magnification, over the scale of the whole back in a frame of the same size. The least the close-up shows across its shorter side (cm): the hand (19 cm) and round it. The least length of a loop (s): whole beats of the technique, at least this long. Camera samples a second (it is smoothed over one beat, so circles and tremors do not shake it). The working hand&apos;s contact stays within this share of the half picture from its centre. The largest side (px) of the back painted once under the camera; beyond it, it is drawn coarser.</extracomment>
        <translation>увеличение {zoom}×</translation>
    </message>
    <message>
        <source>5 cm</source>
        <translation>5 см</translation>
    </message>
    <message>
        <source>{zone} · lines {lines}</source>
        <translation>{zone} · линии {lines}</translation>
    </message>
    <message>
        <source>{zone} · line {lines}</source>
        <translation>{zone} · линия {lines}</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>the {sex} body</source>
        <translation>тело: {sex}</translation>
    </message>
    <message>
        <source>both bodies</source>
        <translation>обоих тел (мужского и женского)</translation>
    </message>
    <message>
        <source>at {stature} cm</source>
        <translation>ростом {stature} см</translation>
    </message>
    <message>
        <source>ok ({zones} zones, {lines} lines, {masks} masks; checked on {bodies})</source>
        <translation>ошибок нет (зон: {zones}, линий: {lines}, масок: {masks}; проверено для: {bodies})</translation>
    </message>
    <message>
        <source>massage not advised: {conditions}</source>
        <translation>массаж не рекомендуется: {conditions}</translation>
    </message>
    <message>
        <source>can go ahead</source>
        <translation>можно проводить</translation>
    </message>
    <message>
        <source>ok (plan, {steps} steps, {minutes} min; {verdict})</source>
        <translation>ошибок нет (план, шагов: {steps}, {minutes} мин; {verdict})</translation>
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
        <source>{variant} minutes run backwards: {low} &gt; {high}</source>
        <translation>минуты ({variant}) идут в обратном порядке: {low} &gt; {high}</translation>
    </message>
    <message>
        <source>{key} range runs backwards: {low} &gt; {high}</source>
        <translation>промежуток {key} идёт в обратном порядке: {low} &gt; {high}</translation>
    </message>
    <message>
        <source>is a folder, not a TOML file</source>
        <translation>это папка, а не файл TOML</translation>
    </message>
    <message>
        <source>is a folder, not a plan</source>
        <translation>это папка, а не план</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>недопустимый JSON: {reason}</translation>
    </message>
    <message>
        <source>the folder to write into does not exist</source>
        <translation>папки, куда записывать, не существует</translation>
    </message>
    <message>
        <source>cannot write here: {reason}</source>
        <translation>не удаётся записать сюда: {reason}</translation>
    </message>
    <message>
        <source>cannot write: {reason}</source>
        <translation>не удаётся записать: {reason}</translation>
    </message>
    <message>
        <source>made by a newer Dorsum (plan format {version}); this one reads format {supported} and older: update Dorsum to open it</source>
        <translation>создано более новой версией Dorsum (формат плана {version}); эта версия читает формат {supported} и более старые: обновите Dorsum, чтобы открыть его</translation>
    </message>
    <message>
        <source>{where}: unknown zone {zone} (this zones folder has {known})</source>
        <translation>{where}: неизвестная зона {zone} (в этой папке зон есть {known})</translation>
    </message>
    <message>
        <source>{where}: zone {zone} has no line {number}</source>
        <translation>{where}: в зоне {zone} нет линии {number}</translation>
    </message>
    <message>
        <source>{where}: line {number} of {zone} does not take {technique}</source>
        <translation>{where}: линия {number} зоны {zone} не принимает приём {technique}</translation>
    </message>
    <message>
        <source>{where}: no line of {zone} takes {technique}</source>
        <translation>{where}: ни одна линия зоны {zone} не принимает приём {technique}</translation>
    </message>
    <message>
        <source>{where}: unknown condition {condition}</source>
        <translation>{where}: неизвестное состояние {condition}</translation>
    </message>
    <message>
        <source>{where}: {id} is used twice</source>
        <translation>{where}: {id} использовано дважды</translation>
    </message>
    <message>
        <source>this zones folder has no screening.toml</source>
        <translation>в этой папке зон нет screening.toml</translation>
    </message>
    <message>
        <source>{where}: unknown value {value}; expected one of {choices}</source>
        <translation>{where}: неизвестное значение {value}; ожидается одно из {choices}</translation>
    </message>
    <message>
        <source>{where}: expected {expected}, got {got}</source>
        <translation>{where}: ожидается {expected}, а здесь {got}</translation>
    </message>
    <message>
        <source>{where}: {value} is out of range: it must be {bounds}</source>
        <translation>{where}: {value} вне допустимых пределов: должно быть {bounds}</translation>
    </message>
    <message>
        <source>{where}: must not be empty</source>
        <translation>{where}: не может быть пустым</translation>
    </message>
    <message>
        <source>zone id {id} is also used by {path}</source>
        <translation>идентификатор зоны {id} также использован в {path}</translation>
    </message>
    <message>
        <source>mask id {id} is used twice</source>
        <translation>идентификатор маски {id} использован дважды</translation>
    </message>
    <message>
        <source>unknown zone {zone}; known: {known}</source>
        <translation>неизвестная зона {zone}; известные: {known}</translation>
    </message>
    <message>
        <source>unknown muscle {muscle}; known: {known}</source>
        <translation>неизвестная мышца {muscle}; известные: {known}</translation>
    </message>
    <message>
        <source>has no masks.toml: the spine mask must be defined</source>
        <translation>нет masks.toml: маску позвоночника нужно определить</translation>
    </message>
    <message>
        <source>no mask with id &apos;spine&apos;: pressure on the spinous processes must be masked</source>
        <translation>нет маски с идентификатором &apos;spine&apos;: давление на остистые отростки должно быть запрещено маской</translation>
    </message>
    <message>
        <source>uk or ru</source>
        <extracomment>Words inside the values that are themselves translated.</extracomment>
        <translation>на украинский или русский</translation>
    </message>
    <message>
        <source>general</source>
        <translation>общий сеанс</translation>
    </message>
    <message>
        <source>therapeutic</source>
        <translation>лечебный сеанс</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>The plan has unsaved changes. Save them first?</source>
        <translation>В плане есть несохранённые изменения. Сначала сохранить их?</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <source>The plan on screen stays as it was.</source>
        <translation>План на экране остаётся прежним.</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Сохранить план</translation>
    </message>
    <message>
        <source>The plan is still open; nothing was lost.</source>
        <translation>План всё ещё открыт; ничего не потеряно.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено {path}</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Автосохранение не удалось: {error}</translation>
    </message>
    <message>
        <source> for {client}</source>
        <translation> для {client}</translation>
    </message>
    <message>
        <source> (changes to {file})</source>
        <translation> (изменения в {file})</translation>
    </message>
    <message>
        <source>Dorsum closed without saving a plan{who}{where}, autosaved at {time}. Recover it?</source>
        <translation>Dorsum закрылся, не сохранив план{who}{where}; автосохранено в {time}. Восстановить его?</translation>
    </message>
    <message>
        <source>The autosaved plan does not fit these zones: {error}</source>
        <translation>Автосохранённый план не подходит к этим зонам: {error}</translation>
    </message>
    <message>
        <source>Recover autosaved changes</source>
        <extracomment>Called with a plan before an edit takes it; raising DorsumError refuses the edit.</extracomment>
        <translation>Восстановить автосохранённые изменения</translation>
    </message>
    <message>
        <source>Dorsum plans (*.dorsum.json *.json)</source>
        <translation>Планы Dorsum (*.dorsum.json *.json)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>неизвестное время</translation>
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
        <translation>Решение Dorsum: {why}</translation>
    </message>
    <message>
        <source>seed {number}: “{quote}”</source>
        <translation>источник {number}: «{quote}»</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Давление</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Осторожно</translation>
    </message>
    <message>
        <source>&lt;b&gt;Span:&lt;/b&gt; {top} to {bottom}. &lt;b&gt;Time:&lt;/b&gt; {general} min (general), {therapeutic} min (therapeutic).</source>
        <translation>&lt;b&gt;Границы:&lt;/b&gt; {top}–{bottom}. &lt;b&gt;Время:&lt;/b&gt; {general} мин (общий), {therapeutic} мин (лечебный).</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Последовательность</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Линии</translation>
    </message>
    <message>
        <source>min (gen.)</source>
        <translation>мин (общ.)</translation>
    </message>
    <message>
        <source>min (ther.)</source>
        <translation>мин (леч.)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>{name}: after the last zone</source>
        <translation>{name}: после последней зоны</translation>
    </message>
    <message>
        <source>{technique}, lines {lines}, {minutes} min.</source>
        <translation>{technique}, линии {lines}, {minutes} мин.</translation>
    </message>
    <message>
        <source>After each {technique} step, {minutes} min of {other} on its lines: the two alternate (seed 001).</source>
        <translation>После каждого этапа «{technique}» — {minutes} мин «{other}» на тех же линиях: они чередуются (источник 001).</translation>
    </message>
    <message>
        <source>pressure {word}</source>
        <translation>давление: {word}</translation>
    </message>
    <message>
        <source>How each technique is done</source>
        <translation>Как выполняют каждый приём</translation>
    </message>
    <message>
        <source>toward the &lt;b&gt;{nodes}&lt;/b&gt;</source>
        <translation>к &lt;b&gt;{nodes}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>along the muscle (no node group)</source>
        <translation>вдоль мышцы (без группы лимфоузлов)</translation>
    </message>
    <message>
        <source>{zone}: line {number} ({side})</source>
        <translation>{zone}: линия {number} ({side})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;, {target}. Starts at the numbered badge and runs to the arrow.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, {target}. Начинается у номера и идёт к стрелке.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pressure:&lt;/b&gt; {value} ({word}). &lt;b&gt;Techniques:&lt;/b&gt; {techniques}.</source>
        <translation>&lt;b&gt;Давление:&lt;/b&gt; {value} ({word}). &lt;b&gt;Приёмы:&lt;/b&gt; {techniques}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why here:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Почему здесь:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Along the {muscle}:&lt;/b&gt; its fibres run {fibres}, and rubbing here follows them in strokes rather than circles (seed 003: “Rubbing movements should be performed along the muscle fibers.”). Press M to see the muscles.</source>
        <translation>&lt;b&gt;Вдоль мышцы ({muscle}):&lt;/b&gt; её волокна идут {fibres}, и растирание здесь следует за ними движениями, а не кругами (источник 003: “Rubbing movements should be performed along the muscle fibers.”). Нажмите M, чтобы увидеть мышцы.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Against the lymph rule, on purpose:&lt;/b&gt; this line starts above L1–L2, where lymph drains up to the armpit, and runs down. For a client with high blood pressure the master works from the neck down (seed 003), the strokes over the whole back too.</source>
        <translation>&lt;b&gt;Против правила лимфотока, намеренно:&lt;/b&gt; эта линия начинается выше L1–L2, где лимфа оттекает вверх к подмышке, и идёт вниз. Для клиента с высоким давлением мастер работает от шеи вниз (источник 003), поглаживание всей спины тоже.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Against the lymph rule, on purpose:&lt;/b&gt; this line starts below L1–L2, where lymph drains down to the groin, and runs up. The seeds begin the session with strokes from the sacrum upward over the whole back (seeds 001 and 003); the lumbar zone&apos;s own lines then run out and down to the groin. For a client with high blood pressure it runs the other way, from the neck down (seed 003).</source>
        <translation>&lt;b&gt;Против правила лимфотока, намеренно:&lt;/b&gt; эта линия начинается ниже L1–L2, где лимфа оттекает вниз к паху, и идёт вверх. Источники начинают сеанс поглаживанием всей спины от крестца вверх (источники 001 и 003); собственные линии поясничной зоны затем идут наружу и вниз к паху. Для клиента с высоким давлением она идёт наоборот, от шеи вниз (источник 003).</translation>
    </message>
    <message>
        <source>Where a mask changes the work</source>
        <translation>Где маска меняет работу</translation>
    </message>
    <message>
        <source>{start}–{end} cm along it: {masks}: pressure {word}</source>
        <translation>{start}–{end} см вдоль неё: {masks}: давление {word}</translation>
    </message>
    <message>
        <source>; no {techniques}</source>
        <translation>; без: {techniques}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goes round&lt;/b&gt; {areas}: the grey dots show the planned path.</source>
        <translation>&lt;b&gt;Обходит&lt;/b&gt; {areas}: серые точки показывают запланированный путь.</translation>
    </message>
    <message>
        <source>Mask: {title}</source>
        <translation>Маска: {title}</translation>
    </message>
    <message>
        <source>Pressure at most {value} ({word}).</source>
        <translation>Давление не больше {value} ({word}).</translation>
    </message>
    <message>
        <source>Superficial layer.</source>
        <translation>Поверхностный слой.</translation>
    </message>
    <message>
        <source>Second layer.</source>
        <translation>Второй слой.</translation>
    </message>
    <message>
        <source>Deep layer.</source>
        <translation>Глубокий слой.</translation>
    </message>
    <message>
        <source>Its fibres run {fibres} from origin to insertion.</source>
        <translation>Его волокна идут {fibres} от начала к прикреплению.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In massage:&lt;/b&gt; {how}</source>
        <translation>&lt;b&gt;В массаже:&lt;/b&gt; {how}</translation>
    </message>
    <message>
        <source>{zone} line {number}</source>
        <translation>{zone}, линия {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines along it:&lt;/b&gt; {lines}: rubbing there follows its fibres.</source>
        <translation>&lt;b&gt;Линии вдоль него:&lt;/b&gt; {lines}: растирание там следует за его волокнами.</translation>
    </message>
    <message>
        <source>Click a zone or a line to see what is done there, in what order, how hard and why. Hover anything to name it.</source>
        <translation>Щёлкните зону или линию, чтобы увидеть, что там делают, в каком порядке, с каким давлением и почему. Наведите на что угодно, чтобы увидеть название.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys:&lt;/b&gt; Space plays the session, → ← step, + / − zoom, 0 fit, drag to pan, ] [ next / previous zone, Ctrl+E export picture, F1 all keys, Ctrl+Q quit.</source>
        <translation>&lt;b&gt;Клавиши:&lt;/b&gt; Пробел воспроизводит сеанс, → ← шаг, + / − масштаб, 0 вместить, перетаскивание сдвигает, ] [ следующая / предыдущая зона, Ctrl+E экспорт изображения, F1 все клавиши, Ctrl+Q выход.</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
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
        <source>from the neck down, because of high blood pressure: the strokes over the whole back too, and then zone by zone</source>
        <translation>от шеи вниз из-за высокого артериального давления: поглаживание всей спины тоже, а затем зона за зоной</translation>
    </message>
    <message>
        <source>from the base of the spine upward: the strokes over the whole back, then zone by zone</source>
        <translation>от основания позвоночника вверх: поглаживание всей спины, затем зона за зоной</translation>
    </message>
    <message>
        <source>About {duration} of a therapeutic back massage, worked {direction}.</source>
        <translation>Около {duration} лечебного массажа спины, {direction}.</translation>
    </message>
    <message>
        <source>About {duration} of a first, short back massage, worked {direction}.</source>
        <translation>Около {duration} первого, короткого массажа спины, {direction}.</translation>
    </message>
    <message>
        <source>About {duration} of a general back massage, worked {direction}.</source>
        <translation>Около {duration} общего массажа спины, {direction}.</translation>
    </message>
    <message>
        <source>It ends with light vibration and a smooth stroking over the whole back.</source>
        <translation>В конце — лёгкая вибрация и плавное поглаживание всей спины.</translation>
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
        <translation>Составлено по зонам Dorsum: у каждой линии, длительности и правила есть ссылка на источник. Этот план не заменяет совета врача.</translation>
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
    <name>layers</name>
    <message>
        <source>Body outline</source>
        <translation>Контур тела</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Bones and kidneys</source>
        <translation>Кости и почки</translation>
    </message>
    <message>
        <source>Masks (where not to press)</source>
        <translation>Маски (где не давить)</translation>
    </message>
    <message>
        <source>Lymph nodes</source>
        <translation>Лимфоузлы</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Ориентиры</translation>
    </message>
    <message>
        <source>Stroke lines</source>
        <translation>Линии движений</translation>
    </message>
    <message>
        <source>Vertebrae</source>
        <translation>Позвонки</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Hands and trail</source>
        <translation>Руки и след</translation>
    </message>
    <message>
        <source>Dose map (pressure × time)</source>
        <translation>Карта дозы (давление × время)</translation>
    </message>
    <message>
        <source>No muscles</source>
        <translation>Без мышц</translation>
    </message>
    <message>
        <source>Superficial muscles</source>
        <translation>Поверхностные мышцы</translation>
    </message>
    <message>
        <source>Deep muscles (second and deep layers)</source>
        <translation>Глубокие мышцы (второй и глубокий слои)</translation>
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
        <source>from the neck down (high blood pressure)</source>
        <translation>от шеи вниз (высокое давление)</translation>
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
        <source>Pressure</source>
        <translation>Давление</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>линии {numbers}</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>С&amp;лои</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Мышцы</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Панели</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>scar</source>
        <translation>рубец</translation>
    </message>
    <message>
        <source>wound</source>
        <translation>рана</translation>
    </message>
    <message>
        <source>burn</source>
        <translation>ожог</translation>
    </message>
    <message>
        <source>bruise</source>
        <translation>синяк</translation>
    </message>
    <message>
        <source>mole</source>
        <translation>родинка</translation>
    </message>
    <message>
        <source>varicose vein</source>
        <translation>варикозная вена</translation>
    </message>
    <message>
        <source>skin condition</source>
        <translation>заболевание кожи</translation>
    </message>
    <message>
        <source>area to avoid</source>
        <translation>участок, которого следует избегать</translation>
    </message>
    <message>
        <source>The client&apos;s {area}: never touched.</source>
        <translation>У клиента здесь {area}: этого места никогда не касаются.</translation>
    </message>
    <message>
        <source>The plan takes {total} min; a first session takes no more than {most} min.</source>
        <translation>План длится {total} мин; первый сеанс длится не более {most} мин.</translation>
    </message>
    <message>
        <source>The plan takes {total} min; the seeds give a session {low}–{high} min.</source>
        <translation>План длится {total} мин; по источникам сеанс длится {low}–{high} мин.</translation>
    </message>
    <message>
        <source>The plan takes {total} min, more than the seeds&apos; {low}–{high} min.</source>
        <translation>План длится {total} мин, больше, чем {low}–{high} мин по источникам.</translation>
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
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>line {numbers}</source>
        <translation>линия {numbers}</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>линии {numbers}</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Все зоны</translation>
    </message>
    <message>
        <source>→ to begin, F1 for the keys</source>
        <translation>→ чтобы начать, F1 — клавиши</translation>
    </message>
    <message>
        <source>{zone} — {top} to {bottom}, {count} lines</source>
        <translation>{zone} — {top}–{bottom}, линий: {count}</translation>
    </message>
    <message>
        <source>Pressure {word}; {techniques}</source>
        <translation>Давление {word}; {techniques}</translation>
    </message>
    <message>
        <source>{zone} — line {number}: {name}</source>
        <translation>{zone} — линия {number}: {name}</translation>
    </message>
    <message>
        <source>Presenter keys</source>
        <translation>Клавиши режима презентации</translation>
    </message>
    <message>
        <source>{error}: the class notes drawn now will not be saved</source>
        <translation>{error}: заметки, нарисованные сейчас, не будут сохранены</translation>
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
        <source>First session</source>
        <translation>Первый сеанс</translation>
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
    <name>quiz</name>
    <message>
        <source>Name the vertebra</source>
        <translation>Найдите позвонок</translation>
    </message>
    <message>
        <source>Find the zone</source>
        <translation>Найдите зону</translation>
    </message>
    <message>
        <source>Draw the line</source>
        <translation>Проведите линию</translation>
    </message>
    <message>
        <source>Order the techniques</source>
        <translation>Порядок приёмов</translation>
    </message>
    <message>
        <source>cervical</source>
        <translation>шейный</translation>
    </message>
    <message>
        <source>thoracic</source>
        <translation>грудной</translation>
    </message>
    <message>
        <source>lumbar</source>
        <translation>поясничный</translation>
    </message>
    <message>
        <source>sacral</source>
        <translation>крестцовый</translation>
    </message>
    <message>
        <source>first</source>
        <translation>первый</translation>
    </message>
    <message>
        <source>second</source>
        <translation>второй</translation>
    </message>
    <message>
        <source>third</source>
        <translation>третий</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>четвёртый</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>пятый</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>шестой</translation>
    </message>
    <message>
        <source>seventh</source>
        <translation>седьмой</translation>
    </message>
    <message>
        <source>eighth</source>
        <translation>восьмой</translation>
    </message>
    <message>
        <source>ninth</source>
        <translation>девятый</translation>
    </message>
    <message>
        <source>tenth</source>
        <translation>десятый</translation>
    </message>
    <message>
        <source>eleventh</source>
        <translation>одиннадцатый</translation>
    </message>
    <message>
        <source>twelfth</source>
        <translation>двенадцатый</translation>
    </message>
    <message>
        <source>one level</source>
        <translation>один уровень</translation>
    </message>
    <message>
        <source>two levels</source>
        <translation>два уровня</translation>
    </message>
    <message>
        <source>three levels</source>
        <translation>три уровня</translation>
    </message>
    <message>
        <source>four levels</source>
        <translation>четыре уровня</translation>
    </message>
    <message>
        <source>five levels</source>
        <translation>пять уровней</translation>
    </message>
    <message>
        <source>six levels</source>
        <translation>шесть уровней</translation>
    </message>
    <message>
        <source>seven levels</source>
        <translation>семь уровней</translation>
    </message>
    <message>
        <source>eight levels</source>
        <translation>восемь уровней</translation>
    </message>
    <message>
        <source>nine levels</source>
        <translation>девять уровней</translation>
    </message>
    <message>
        <source>ten levels</source>
        <translation>десять уровней</translation>
    </message>
    <message>
        <source>eleven levels</source>
        <translation>одиннадцать уровней</translation>
    </message>
    <message>
        <source>twelve levels</source>
        <translation>двенадцать уровней</translation>
    </message>
    <message>
        <source>the supraclavicular nodes, above the collarbone</source>
        <translation>надключичным узлам, над ключицей</translation>
    </message>
    <message>
        <source>the axillary nodes, in the armpit</source>
        <translation>подмышечным узлам, в подмышке</translation>
    </message>
    <message>
        <source>the inguinal nodes, in the groin</source>
        <translation>паховым узлам, в паху</translation>
    </message>
    <message>
        <source>out from the spine</source>
        <translation>наружу от позвоночника</translation>
    </message>
    <message>
        <source>in toward the spine</source>
        <translation>внутрь, к позвоночнику</translation>
    </message>
    <message>
        <source>up</source>
        <translation>вверх</translation>
    </message>
    <message>
        <source>down</source>
        <translation>вниз</translation>
    </message>
    <message>
        <source>out from the spine and up</source>
        <translation>наружу от позвоночника и вверх</translation>
    </message>
    <message>
        <source>out from the spine and down</source>
        <translation>наружу от позвоночника и вниз</translation>
    </message>
    <message>
        <source>in toward the spine and up</source>
        <translation>к позвоночнику и вверх</translation>
    </message>
    <message>
        <source>in toward the spine and down</source>
        <translation>к позвоночнику и вниз</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>никуда</translation>
    </message>
    <message>
        <source>C7 is the most prominent bump at the base of the neck</source>
        <translation>C7 — самый выступающий остистый отросток у основания шеи</translation>
    </message>
    <message>
        <source>the root of the spine of the scapula lies level with T3</source>
        <translation>основание ости лопатки лежит на уровне T3</translation>
    </message>
    <message>
        <source>the inferior angles of the shoulder blades lie at about T7–T8</source>
        <translation>нижние углы лопаток лежат примерно на уровне T7–T8</translation>
    </message>
    <message>
        <source>T12 carries the last ribs</source>
        <translation>к T12 крепятся последние рёбра</translation>
    </message>
    <message>
        <source>the tops of the iliac crests lie level with L4 (L4–L5 in women)</source>
        <translation>верхние точки подвздошных гребней лежат на уровне L4 (у женщин L4–L5)</translation>
    </message>
    <message>
        <source>the {ordinal} {region} vertebra</source>
        <translation>{ordinal} {region} позвонок</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} и {last}</translation>
    </message>
    <message>
        <source>Draw line {number} of “{zone}” on the patient&apos;s right: press where it starts and drag the way it runs.</source>
        <translation>Проведите линию {number} зоны «{zone}» справа у пациента: нажмите там, где она начинается, и проведите в её направлении.</translation>
    </message>
    <message>
        <source>Draw line {number} of “{zone}” on the patient&apos;s left: press where it starts and drag the way it runs.</source>
        <translation>Проведите линию {number} зоны «{zone}» слева у пациента: нажмите там, где она начинается, и проведите в её направлении.</translation>
    </message>
    <message>
        <source>Click the spinous process of {level}, {name}.</source>
        <translation>Щёлкните на остистый отросток {level} ({name}).</translation>
    </message>
    <message>
        <source>Find the zone: click inside “{zone}”.</source>
        <translation>Найдите зону: щёлкните внутри зоны «{zone}».</translation>
    </message>
    <message>
        <source>Put the techniques of “{zone}” in the order they are done.</source>
        <translation>Расставьте приёмы зоны «{zone}» в том порядке, в котором их выполняют.</translation>
    </message>
    <message>
        <source>you clicked {cm} cm to the patient&apos;s right of the midline, where the spinous processes lie</source>
        <translation>вы щёлкнули на {cm} см справа у пациента от срединной линии, где лежат остистые отростки</translation>
    </message>
    <message>
        <source>you clicked {cm} cm to the patient&apos;s left of the midline, where the spinous processes lie</source>
        <translation>вы щёлкнули на {cm} см слева у пациента от срединной линии, где лежат остистые отростки</translation>
    </message>
    <message>
        <source>Count from a landmark: {hint}.</source>
        <translation>Считайте от ориентира: {hint}.</translation>
    </message>
    <message>
        <source>that point is on the sacrum, below the lumbar vertebrae</source>
        <translation>эта точка на крестце, ниже поясничных позвонков</translation>
    </message>
    <message>
        <source>more than twelve levels</source>
        <translation>более чем двенадцать уровней</translation>
    </message>
    <message>
        <source>that is {level}, {count} too low</source>
        <translation>это {level}, на {count} ниже</translation>
    </message>
    <message>
        <source>that is {level}, {count} too high</source>
        <translation>это {level}, на {count} выше</translation>
    </message>
    <message>
        <source>Right: that is {level}, {name}.</source>
        <translation>Верно: это {level}, {name}.</translation>
    </message>
    <message>
        <source>Right height for {level}, but {off}.</source>
        <translation>Высота {level} верная, но {off}.</translation>
    </message>
    <message>
        <source>Not {level}: {where}. {level} is {cm} cm higher, marked on the back.</source>
        <translation>Не {level}: {where}. {level} на {cm} см выше, он отмечен на спине.</translation>
    </message>
    <message>
        <source>Not {level}: {where}. {level} is {cm} cm lower, marked on the back.</source>
        <translation>Не {level}: {where}. {level} на {cm} см ниже, он отмечен на спине.</translation>
    </message>
    <message>
        <source>Also, {off}.</source>
        <translation>Кроме того, {off}.</translation>
    </message>
    <message>
        <source>“{zone}” runs from {top} to {bottom}, outlined on the back.</source>
        <translation>Зона «{zone}» охватывает {top}–{bottom}, она обведена на спине.</translation>
    </message>
    <message>
        <source>Right: that point is inside “{zone}”.</source>
        <translation>Верно: эта точка внутри зоны «{zone}».</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>That point is off the back.</source>
        <translation>Эта точка вне спины.</translation>
    </message>
    <message>
        <source>That point is in {zones}, not in “{zone}”.</source>
        <translation>Эта точка в зоне {zones}, а не в зоне «{zone}».</translation>
    </message>
    <message>
        <source>That point is in none of the zones, and not in “{zone}”.</source>
        <translation>Эта точка не относится ни к одной зоне, и к зоне «{zone}» тоже.</translation>
    </message>
    <message>
        <source>beside the spine at {level}</source>
        <translation>у позвоночника на уровне {level}</translation>
    </message>
    <message>
        <source>{cm} cm out from the spine at the height of {level}</source>
        <translation>в {cm} см от позвоночника на высоте {level}</translation>
    </message>
    <message>
        <source>line {number} (right)</source>
        <translation>линия {number} (справа)</translation>
    </message>
    <message>
        <source>line {number} (left)</source>
        <translation>линия {number} (слева)</translation>
    </message>
    <message>
        <source>That was a click, not a stroke: press where line {number} starts and drag the way it runs. It starts {where} and runs {way}, toward {place}.</source>
        <translation>Это был щелчок, а не движение: нажмите там, где начинается линия {number}, и проведите в её направлении. Она начинается {where} и идёт {way}, к {place}.</translation>
    </message>
    <message>
        <source>Start: right, line {number} starts {where}.</source>
        <translation>Начало: верно, линия {number} начинается {where}.</translation>
    </message>
    <message>
        <source>Start: wrong place, line {number} starts {where}; you started {cm} cm from there.</source>
        <translation>Начало: не там, линия {number} начинается {where}; вы начали в {cm} см оттуда.</translation>
    </message>
    <message>
        <source>Direction: right, it runs {way}.</source>
        <translation>Направление: верно, она идёт {way}.</translation>
    </message>
    <message>
        <source>Direction: it runs {way}; yours runs {yours}.</source>
        <translation>Направление: она идёт {way}; ваша — {yours}.</translation>
    </message>
    <message>
        <source>Target: right, it drains toward {place}.</source>
        <translation>Цель: верно, она ведёт к {place}.</translation>
    </message>
    <message>
        <source>Target: it drains toward {place}; yours moves away from them.</source>
        <translation>Цель: она ведёт к {place}; ваша удаляется от них.</translation>
    </message>
    <message>
        <source>All three right.</source>
        <translation>Все три верно.</translation>
    </message>
    <message>
        <source>{passed} of 3 right.</source>
        <translation>Верно {passed} из 3.</translation>
    </message>
    <message>
        <source>The zone also ends with {technique} again.</source>
        <translation>Зона также завершается снова приёмом «{technique}».</translation>
    </message>
    <message>
        <source>Right: {sequence}.</source>
        <translation>Верно: {sequence}.</translation>
    </message>
    <message>
        <source>{technique} (you put it in place {given}; it belongs in place {right})</source>
        <translation>{technique} (у вас на месте {given}, а должно быть на месте {right})</translation>
    </message>
    <message>
        <source>{right} of {total} kept in the right order relative to each other</source>
        <translation>{right} из {total} стоят в правильном порядке относительно друг друга</translation>
    </message>
    <message>
        <source>The order is: {sequence}.</source>
        <translation>Порядок такой: {sequence}.</translation>
    </message>
    <message>
        <source>Why: each technique prepares the tissue for the next, from light strokes to deeper work and back to calming ones (seed 001).</source>
        <translation>Почему: каждый приём готовит ткани к следующему — от лёгких движений к более глубокой работе и снова к успокаивающим (источник 001).</translation>
    </message>
    <message>
        <source>Out of place: {list}.</source>
        <translation>Не на своём месте: {list}.</translation>
    </message>
    <message>
        <source>Missing: {list}.</source>
        <translation>Не хватает: {list}.</translation>
    </message>
    <message>
        <source>Score {score} out of {asked} ({percent}%): {right} right</source>
        <translation>Баллы: {score} из {asked} ({percent}%), верных: {right}</translation>
    </message>
    <message>
        <source>, {count} not answered</source>
        <translation>, без ответа: {count}</translation>
    </message>
    <message>
        <source>{kind}: {right} of {asked} right (score {score})</source>
        <translation>{kind}: верно {right} из {asked} (баллы {score})</translation>
    </message>
    <message>
        <source>To review:</source>
        <translation>Повторить:</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <source>Where not to press, and why</source>
        <translation>Где не давить и почему</translation>
    </message>
    <message>
        <source>How hard on a line</source>
        <translation>С каким давлением на линии</translation>
    </message>
    <message>
        <source>Absolute or local contraindication</source>
        <translation>Абсолютное или местное противопоказание</translation>
    </message>
    <message>
        <source>Recognise the technique</source>
        <translation>Узнайте приём</translation>
    </message>
    <message>
        <source>seed {number}</source>
        <translation>источник {number}</translation>
    </message>
    <message>
        <source>, reduced pressure</source>
        <translation>, сниженное давление</translation>
    </message>
    <message>
        <source>Where not to press: click an area where the rule is “{rule}” (any one of them).</source>
        <translation>Где не давить: щёлкните на участке с правилом «{rule}» (на любом из них).</translation>
    </message>
    <message>
        <source>Where not to press: click an area where the rule is “{rule}”.</source>
        <translation>Где не давить: щёлкните на участке с правилом «{rule}».</translation>
    </message>
    <message>
        <source>How hard on line {number} of “{zone}”, “{line}”?</source>
        <translation>С каким давлением работают на линии {number} зоны «{zone}», «{line}»?</translation>
    </message>
    <message>
        <source>How hard on line {number} of “{zone}”?</source>
        <translation>С каким давлением работают на линии {number} зоны «{zone}»?</translation>
    </message>
    <message>
        <source>“{condition}”: an absolute contraindication (no massage at all) or a local one (massage, keeping off that area)?</source>
        <translation>«{condition}»: абсолютное противопоказание (массаж не проводят вовсе) или местное (массаж проводят, обходя этот участок)?</translation>
    </message>
    <message>
        <source>Watch the hands on “{zone}”: which technique is this?</source>
        <translation>Следите за руками в зоне «{zone}»: какой это приём?</translation>
    </message>
    <message>
        <source>Right: that point lies in “{mask}”, where the rule is “{label}”.</source>
        <translation>Верно: эта точка лежит в участке «{mask}», где действует правило «{label}».</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Почему: {why}</translation>
    </message>
    <message>
        <source>The same rule holds over:</source>
        <translation>То же правило действует на участках:</translation>
    </message>
    <message>
        <source>Not right: that point is off the back. “{rule}” holds over {masks}.</source>
        <translation>Неверно: эта точка вне спины. Правило «{rule}» действует на участках {masks}.</translation>
    </message>
    <message>
        <source>Not right: that point lies in “{mask}”, where the rule is “{label}”, not “{rule}”. That holds over {masks}.</source>
        <translation>Неверно: эта точка лежит в участке «{mask}», где действует правило «{label}», а не «{rule}». Оно действует на участках {masks}.</translation>
    </message>
    <message>
        <source>Not right: no mask lies there, the hands may work that point. “{rule}” holds over {masks}.</source>
        <translation>Неверно: там нет запретного участка, руки могут работать в этой точке. Правило «{rule}» действует на участках {masks}.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <source>pressure {value} of 1, on the scale {scale}</source>
        <translation>давление {value} из 1, по шкале {scale}</translation>
    </message>
    <message>
        <source>Right: line {number} is worked {word} ({pressure}).</source>
        <translation>Верно: линию {number} прорабатывают с давлением «{word}» ({pressure}).</translation>
    </message>
    <message>
        <source>Not {chosen}: line {number} is worked {word} ({pressure}).</source>
        <translation>Не «{chosen}»: линию {number} прорабатывают с давлением «{word}» ({pressure}).</translation>
    </message>
    <message>
        <source>Why, for “{zone}”: {text}</source>
        <translation>Почему, для зоны «{zone}»: {text}</translation>
    </message>
    <message>
        <source>in {masks} it drops to {word}</source>
        <translation>на участках {masks} давление снижается до «{word}»</translation>
    </message>
    <message>
        <source>Along the line, {list}.</source>
        <translation>Вдоль линии {list}.</translation>
    </message>
    <message>
        <source>The line: {why}</source>
        <translation>Линия: {why}</translation>
    </message>
    <message>
        <source>line {number}: {word}</source>
        <translation>линия {number}: {word}</translation>
    </message>
    <message>
        <source>{condition} is an absolute contraindication.</source>
        <translation>«{condition}» — абсолютное противопоказание.</translation>
    </message>
    <message>
        <source>{condition} is a local contraindication.</source>
        <translation>«{condition}» — местное противопоказание.</translation>
    </message>
    <message>
        <source>Right: {verdict}</source>
        <translation>Верно: {verdict}</translation>
    </message>
    <message>
        <source>Not absolute: {verdict}</source>
        <translation>Не абсолютное: {verdict}</translation>
    </message>
    <message>
        <source>Not local: {verdict}</source>
        <translation>Не местное: {verdict}</translation>
    </message>
    <message>
        <source>It stops the plan, and the client is told: “{text}”</source>
        <translation>Оно останавливает план, и клиенту говорят: «{text}»</translation>
    </message>
    <message>
        <source>The massage can go ahead: the area is drawn on the back as a no-go area ({rule}).</source>
        <translation>Массаж можно проводить: участок отмечен на спине как запретный ({rule}).</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Источник: {sources}</translation>
    </message>
    <message>
        <source>How it is done ({technique}): {how}</source>
        <translation>Как это выполняют ({technique}): {how}</translation>
    </message>
    <message>
        <source>Right: that was {technique}.</source>
        <translation>Верно: это {technique}.</translation>
    </message>
    <message>
        <source>Not {chosen}: that was {technique}.</source>
        <translation>Не {chosen}: это {technique}.</translation>
    </message>
    <message>
        <source>{technique}, for comparison: {how}</source>
        <translation>{technique}, для сравнения: {how}</translation>
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
        <source>level T2 (anatomy.md)</source>
        <translation>уровень T2 (anatomy.md)</translation>
    </message>
    <message>
        <source>Root of the spine of the scapula</source>
        <translation>Основание ости лопатки</translation>
    </message>
    <message>
        <source>level T3 (anatomy.md)</source>
        <translation>уровень T3 (anatomy.md)</translation>
    </message>
    <message>
        <source>Inferior angle of the scapula</source>
        <translation>Нижний угол лопатки</translation>
    </message>
    <message>
        <source>T7 in textbooks, T8 measured standing (anatomy.md)</source>
        <translation>T7 в учебниках, T8 по измерениям стоя (anatomy.md)</translation>
    </message>
    <message>
        <source>Acromion</source>
        <translation>Акромион</translation>
    </message>
    <message>
        <source>the bony point of the shoulder (biacromial width, anatomy.md)</source>
        <translation>костный выступ плеча (биакромиальная ширина, anatomy.md)</translation>
    </message>
    <message>
        <source>Top of the iliac crest</source>
        <translation>Верх гребня подвздошной кости</translation>
    </message>
    <message>
        <source>the intercristal line: L4 in men, L4–L5 in women on imaging; felt about one level higher, L3–L4, under the hands (anatomy.md, Chakraverty 2007)</source>
        <translation>межгребневая линия: L4 у мужчин, L4–L5 у женщин на снимках; под руками прощупывается примерно на уровень выше, L3–L4 (anatomy.md, Chakraverty 2007)</translation>
    </message>
    <message>
        <source>Posterior superior iliac spine</source>
        <translation>Задняя верхняя подвздошная ость</translation>
    </message>
    <message>
        <source>the dimple over the sacroiliac joint, level S2 (anatomy.md)</source>
        <translation>ямочка над крестцово-подвздошным суставом, уровень S2 (anatomy.md)</translation>
    </message>
    <message>
        <source>Tip of rib 11</source>
        <translation>Конец 11-го ребра</translation>
    </message>
    <message>
        <source>crosses the upper part of the left kidney (anatomy.md)</source>
        <translation>пересекает верхнюю часть левой почки (anatomy.md)</translation>
    </message>
    <message>
        <source>Tip of rib 12</source>
        <translation>Конец 12-го ребра</translation>
    </message>
    <message>
        <source>beyond the erector spinae, about L1–L2 (anatomy.md)</source>
        <translation>за краем мышцы, выпрямляющей позвоночник, примерно L1–L2 (anatomy.md)</translation>
    </message>
    <message>
        <source>Hilum of the kidney</source>
        <translation>Ворота почки</translation>
    </message>
    <message>
        <source>5 cm from the midline at L1 (anatomy.md)</source>
        <translation>5 см от срединной линии на уровне L1 (anatomy.md)</translation>
    </message>
    <message>
        <source>Posterior axillary fold</source>
        <translation>Задняя подмышечная складка</translation>
    </message>
    <message>
        <source>where the arm leaves the trunk: ANSUR II&apos;s C7 → axilla drop (anatomy.md)</source>
        <translation>где рука отходит от туловища: расстояние C7 → подмышка по ANSUR II (anatomy.md)</translation>
    </message>
    <message>
        <source>Gluteal fold</source>
        <translation>Ягодичная складка</translation>
    </message>
    <message>
        <source>the lower edge of the buttock: ANSUR II&apos;s C7 → gluteal fold (anatomy.md)</source>
        <translation>нижний край ягодицы: расстояние C7 → ягодичная складка по ANSUR II (anatomy.md)</translation>
    </message>
    <message>
        <source>External occipital protuberance</source>
        <translation>Наружный затылочный выступ</translation>
    </message>
    <message>
        <source>the bump at the back of the skull, above the C1 level</source>
        <translation>бугорок на затылке, выше уровня C1</translation>
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
        <source>Superficial layer. Its fibres run {fibres} from origin to insertion.</source>
        <extracomment>What hovering a muscle says of its layer and its fibres.</extracomment>
        <translation>Поверхностный слой. Волокна идут {fibres} от начала к прикреплению.</translation>
    </message>
    <message>
        <source>Second layer. Its fibres run {fibres} from origin to insertion.</source>
        <translation>Второй слой. Волокна идут {fibres} от начала к прикреплению.</translation>
    </message>
    <message>
        <source>Deep layer. Its fibres run {fibres} from origin to insertion.</source>
        <translation>Глубокий слой. Волокна идут {fibres} от начала к прикреплению.</translation>
    </message>
    <message>
        <source>{level}: cervical vertebra {number}</source>
        <extracomment>Each vertebra by name (&quot;T7: seventh thoracic vertebra&quot;), whole, as Slavic words agree.</extracomment>
        <translation>{level}: {number}-й шейный позвонок</translation>
    </message>
    <message>
        <source>{level}: thoracic vertebra {number}</source>
        <translation>{level}: {number}-й грудной позвонок</translation>
    </message>
    <message>
        <source>{level}: lumbar vertebra {number}</source>
        <translation>{level}: {number}-й поясничный позвонок</translation>
    </message>
    <message>
        <source>{zone}, line {number} ({side})</source>
        <translation>{zone}, линия {number} ({side})</translation>
    </message>
    <message>
        <source>{start}–{end} cm: {masks} (pressure {word})</source>
        <translation>{start}–{end} см: {masks} (давление {word})</translation>
    </message>
    <message>
        <source>goes round {masks}</source>
        <translation>обходит: {masks}</translation>
    </message>
    <message>
        <source>{name}. Pressure {value} ({word}). Techniques: {techniques}.</source>
        <translation>{name}. Давление {value} ({word}). Приёмы: {techniques}.</translation>
    </message>
    <message>
        <source>Scapula</source>
        <extracomment>What hovering a bone (or a kidney) says: its name and where it lies.</extracomment>
        <translation>Лопатка</translation>
    </message>
    <message>
        <source>Shoulder blade: superior angle at T2, spine root at T3, inferior angle at T7–T8</source>
        <translation>Лопатка: верхний угол на уровне T2, основание ости — T3, нижний угол — T7–T8</translation>
    </message>
    <message>
        <source>Spine of the scapula</source>
        <translation>Ость лопатки</translation>
    </message>
    <message>
        <source>Rib 11</source>
        <translation>11-е ребро</translation>
    </message>
    <message>
        <source>Ribs 11 and 12 lie about 5 cm from the kidneys (seed 001)</source>
        <translation>11-е и 12-е рёбра лежат примерно в 5 см от почек (источник 001)</translation>
    </message>
    <message>
        <source>Rib 12</source>
        <translation>12-е ребро</translation>
    </message>
    <message>
        <source>Iliac crest</source>
        <translation>Подвздошный гребень</translation>
    </message>
    <message>
        <source>Kidney</source>
        <translation>Почка</translation>
    </message>
    <message>
        <source>Under ribs 11–12, T12–L3; the left sits ~1.25 cm higher (anatomy.md)</source>
        <translation>Под 11–12 рёбрами, T12–L3; левая лежит примерно на 1,25 см выше (anatomy.md)</translation>
    </message>
    <message>
        <source>Sacrum and coccyx</source>
        <translation>Крестец и копчик</translation>
    </message>
    <message>
        <source>Below L5; the PSIS dimples at S2 mark the sacroiliac joints</source>
        <translation>Ниже L5; ямочки ЗВПО на уровне S2 отмечают крестцово-подвздошные суставы</translation>
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
    <message>
        <source>the lower end of the spine</source>
        <translation>нижний конец позвоночника</translation>
    </message>
    <message>
        <source>Spinous process, {cm} cm below C7</source>
        <translation>Остистый отросток, на {cm} см ниже C7</translation>
    </message>
    <message>
        <source>Spinous process, {cm} cm above C7</source>
        <translation>Остистый отросток, на {cm} см выше C7</translation>
    </message>
    <message>
        <source>Vertebra prominens, the origin of the map</source>
        <translation>Выступающий позвонок, начало координат карты</translation>
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
        <translation>выжим</translation>
    </message>
    <message>
        <source>rub</source>
        <translation>раст</translation>
    </message>
    <message>
        <source>knead</source>
        <translation>разм</translation>
    </message>
    <message>
        <source>vib</source>
        <translation>виб</translation>
    </message>
    <message>
        <source>perc</source>
        <translation>удар</translation>
    </message>
    <message>
        <source>sh</source>
        <translation>встр</translation>
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
        <source>coccyx</source>
        <translation>копчик</translation>
    </message>
    <message>
        <source>from the neck down</source>
        <translation>от шеи вниз</translation>
    </message>
    <message>
        <source>from the sacrum up</source>
        <translation>от крестца вверх</translation>
    </message>
    <message>
        <source>up</source>
        <translation>вверх</translation>
    </message>
    <message>
        <source>down</source>
        <translation>вниз</translation>
    </message>
    <message>
        <source>out from the spine</source>
        <translation>наружу от позвоночника</translation>
    </message>
    <message>
        <source>up and out</source>
        <translation>вверх и наружу</translation>
    </message>
    <message>
        <source>down and out</source>
        <translation>вниз и наружу</translation>
    </message>
    <message>
        <source>down and in</source>
        <translation>вниз и внутрь</translation>
    </message>
    <message>
        <source>up and in</source>
        <translation>вверх и внутрь</translation>
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
