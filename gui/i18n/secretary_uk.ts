<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AISettings</name>
    <message>
        <source>Embedded</source>
        <translation>Вбудований</translation>
    </message>
    <message>
        <source>Runs offline on this computer. Nothing to set up.</source>
        <translation>Працює офлайн на цьому комп’ютері. Нічого не треба налаштовувати.</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (хмара)</translation>
    </message>
    <message>
        <source>Needs the API key in Integrations. Personal data in messages is masked before they leave this computer.</source>
        <translation>Потрібен API-ключ в «Інтеграціях». Персональні дані в повідомленнях маскуються, перш ніж вони залишать цей комп’ютер.</translation>
    </message>
    <message>
        <source>Local LLM server</source>
        <translation>Локальний LLM-сервер</translation>
    </message>
    <message>
        <source>Ollama, llama.cpp, LM Studio or vLLM on this computer or in your office network. The data stays in your network.</source>
        <translation>Ollama, llama.cpp, LM Studio або vLLM на цьому комп’ютері чи в мережі вашого офісу. Дані не залишають вашу мережу.</translation>
    </message>
    <message>
        <source>Answer calmly</source>
        <translation>Відповісти спокійно</translation>
    </message>
    <message>
        <source>A polite reply that steers back to the matter.</source>
        <translation>Ввічлива відповідь, що повертає розмову до справи.</translation>
    </message>
    <message>
        <source>Answer calmly and flag the conversation</source>
        <translation>Відповісти спокійно й позначити розмову</translation>
    </message>
    <message>
        <source>As above, and the conversation is marked for a person to look at.</source>
        <translation>Як вище, і розмову позначено, щоб її переглянула людина.</translation>
    </message>
    <message>
        <source>Hand it to a person</source>
        <translation>Передати людині</translation>
    </message>
    <message>
        <source>One calm line says a colleague takes over; the conversation waits in the Inbox.</source>
        <translation>Один спокійний рядок повідомляє, що розмову продовжить колега; вона чекає у «Вхідних».</translation>
    </message>
    <message>
        <source>Stop answering</source>
        <translation>Більше не відповідати</translation>
    </message>
    <message>
        <source>One short notice, then the AI stays silent in this conversation; it is marked as abusive for review.</source>
        <translation>Одне коротке повідомлення, після чого ШІ більше не відповідає в цій розмові; її позначено як образливу для перевірки.</translation>
    </message>
    <message>
        <source>New enquiries, prices and offers; records leads in the CRM.</source>
        <translation>Нові запити, ціни та пропозиції; заносить ліди в CRM.</translation>
    </message>
    <message>
        <source>Questions about your services, answered from your documents.</source>
        <translation>Питання про ваші послуги — відповіді з ваших документів.</translation>
    </message>
    <message>
        <source>Invoices, payments and reminders.</source>
        <translation>Рахунки, оплати й нагадування.</translation>
    </message>
    <message>
        <source>Booking, moving and cancelling meetings.</source>
        <translation>Запис на зустрічі, перенесення та скасування.</translation>
    </message>
    <message>
        <source>Save and test connection</source>
        <translation>Зберегти й перевірити з’єднання</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Перевірити з’єднання</translation>
    </message>
    <message>
        <source>No connection to test: the embedded back-end runs on this computer.</source>
        <translation>Немає з’єднання для перевірки: вбудований бекенд працює на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. http://localhost:11434/v1 for Ollama.</source>
        <translation>Введіть адресу сервера, напр. http://localhost:11434/v1 для Ollama.</translation>
    </message>
    <message>
        <source>Enter the name of the model, as the server lists it.</source>
        <translation>Введіть назву моделі так, як її показує сервер.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Перевіряємо…</translation>
    </message>
    <message>
        <source>Not set up yet: enter the API key in Integrations, then test again.</source>
        <translation>Ще не налаштовано: введіть API-ключ в «Інтеграціях» і перевірте знову.</translation>
    </message>
    <message>
        <source>Back-end</source>
        <translation>Бекенд</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Агенти</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Ліміт часу</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation>с</translation>
    </message>
    <message>
        <source>No agent is on: every message is handed to a person.</source>
        <translation>Жоден агент не ввімкнений: кожне повідомлення передається людині.</translation>
    </message>
    <message>
        <source>Ollama: http://localhost:11434/v1 · LM Studio: http://localhost:1234/v1</source>
        <translation>Ollama: http://localhost:11434/v1 · LM Studio: http://localhost:1234/v1</translation>
    </message>
    <message>
        <source>The model&apos;s name as the service lists it; the connection test shows the available ones.</source>
        <translation>Назва моделі так, як її показує сервіс; перевірка з’єднання покаже доступні.</translation>
    </message>
    <message>
        <source>Lower keeps answers factual and consistent; higher makes them more varied.</source>
        <translation>Менше значення — відповіді точніші й сталіші; більше — різноманітніші.</translation>
    </message>
    <message>
        <source>One topic per line. The AI politely declines to talk about them.</source>
        <translation>Одна тема на рядок. ШІ ввічливо відмовиться про них говорити.</translation>
    </message>
    <message>
        <source>Added at the end of every AI reply. Leave empty for none.</source>
        <translation>Додається в кінці кожної відповіді ШІ. Залиште порожнім, якщо не потрібно.</translation>
    </message>
    <message>
        <source>Example: Mon-Fri 09:00-17:00, Sat 10:00-13:00. Meetings are offered only within these hours.</source>
        <translation>Приклад: Mon-Fri 09:00-17:00, Sat 10:00-13:00 (дні тижня англійськими скороченнями). Зустрічі пропонуються лише в ці години.</translation>
    </message>
    <message>
        <source>e.g. This answer was written by an AI assistant.</source>
        <translation>напр. Цю відповідь написав ШІ-асистент.</translation>
    </message>
    <message>
        <source>Settings → Integrations</source>
        <translation>Налаштування → Інтеграції</translation>
    </message>
    <message>
        <source>API keys are kept in %1.</source>
        <translation>API-ключі зберігаються в розділі %1.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Спробувати</translation>
    </message>
    <message>
        <source>Write a message as a customer would and see the reply, the route it took, the tools it used and what the AI model was shown. Nothing is sent or saved. Save your changes first: the playground uses the saved settings.</source>
        <translation>Напишіть повідомлення, як це зробив би клієнт, і подивіться відповідь, її маршрут, використані інструменти й те, що побачила модель ШІ. Нічого не надсилається й не зберігається. Спершу збережіть зміни: пісочниця використовує збережені налаштування.</translation>
    </message>
    <message>
        <source>Open the AI playground</source>
        <translation>Відкрити пісочницю ШІ</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <source>Add a folder</source>
        <translation>Додати папку</translation>
    </message>
    <message>
        <source>Every PDF, Word, Markdown, text and HTML file in the folder and its sub-folders is indexed.</source>
        <translation>Індексуються всі файли PDF, Word, Markdown, текстові та HTML у папці та її підпапках.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Папка</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Виберіть папку…</translation>
    </message>
    <message>
        <source>Pick up new and changed files automatically</source>
        <translation>Автоматично додавати нові та змінені файли</translation>
    </message>
    <message>
        <source>Add a web page</source>
        <translation>Додати вебсторінку</translation>
    </message>
    <message>
        <source>The page&apos;s main text is downloaded and indexed; menus and adverts are left out.</source>
        <translation>Основний текст сторінки завантажується й індексується; меню та реклама пропускаються.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адреса</translation>
    </message>
    <message>
        <source>Check the page for changes automatically</source>
        <translation>Автоматично перевіряти сторінку на зміни</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>Optional: shown in the list and in citations</source>
        <translation>Необов’язково: для списку та посилань на джерело</translation>
    </message>
    <message>
        <source>&amp;Only files like</source>
        <translation>&amp;Лише файли на зразок</translation>
    </message>
    <message>
        <source>e.g. *.pdf, prices/*  (empty: all documents)</source>
        <translation>напр. *.pdf, prices/*  (порожньо: усі документи)</translation>
    </message>
    <message>
        <source>&amp;Skip files like</source>
        <translation>&amp;Пропускати файли на зразок</translation>
    </message>
    <message>
        <source>e.g. drafts/*, *.tmp</source>
        <translation>напр. drafts/*, *.tmp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Виберіть папку</translation>
    </message>
    <message>
        <source>There is no folder at this path.</source>
        <translation>За цим шляхом немає папки.</translation>
    </message>
    <message>
        <source>Enter a full address starting with https:// or http://.</source>
        <translation>Введіть повну адресу, що починається з https:// або http://.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>AI Secretary cannot start</source>
        <translation>AI Secretary не може запуститися</translation>
    </message>
    <message>
        <source>Background work is off</source>
        <translation>Фонову роботу вимкнено</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Система (%1)</translation>
    </message>
    <message>
        <source>AI assistant</source>
        <translation>ШІ-асистент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Користувач %1</translation>
    </message>
    <message>
        <source>Background job: %1</source>
        <translation>Фонове завдання: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секрет</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Бронювання</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Рахунок</translation>
    </message>
    <message>
        <source>Business partner</source>
        <translation>Бізнес-партнер</translation>
    </message>
    <message>
        <source>KYB alert</source>
        <translation>Сповіщення KYB</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Етап воронки</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Подія календаря</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Knowledge source</source>
        <translation>Джерело знань</translation>
    </message>
    <message>
        <source>Indexed passage</source>
        <translation>Проіндексований фрагмент</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Позиція рахунку</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Платіж</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Витяг із реєстру</translation>
    </message>
    <message>
        <source>Register change</source>
        <translation>Зміна в реєстрі</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Адреса контакту</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Робочий простір</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Підписка</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Право доступу</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Використання</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Збережено</translation>
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
        <source>value removed</source>
        <translation>значення видалено</translation>
    </message>
    <message>
        <source>value replaced</source>
        <translation>значення замінено</translation>
    </message>
    <message>
        <source>value stored</source>
        <translation>значення збережено</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал змін</translation>
    </message>
    <message>
        <source>Every change made in this workspace: who made it, when, and what it was before.</source>
        <translation>Кожна зміна в цьому робочому просторі: хто і коли її зробив і що було до неї.</translation>
    </message>
    <message>
        <source>Search changes…</source>
        <translation>Пошук у змінах…</translation>
    </message>
    <message>
        <source>Search changes</source>
        <translation>Пошук у змінах</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Тип запису</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Будь-яка дата</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Усі записи</translation>
    </message>
    <message>
        <source>No changes match these filters. Clear the search or widen the dates.</source>
        <translation>Жодна зміна не відповідає цим фільтрам. Очистьте пошук або розширте діапазон дат.</translation>
    </message>
    <message>
        <source>No changes recorded yet. Every change to settings, contacts or invoices will be listed here.</source>
        <translation>Змін ще не записано. Тут з’являтиметься кожна зміна налаштувань, контактів чи рахунків.</translation>
    </message>
    <message>
        <source>Select a change</source>
        <translation>Виберіть зміну</translation>
    </message>
    <message>
        <source>Its values before and after appear here.</source>
        <translation>Тут з’являться її значення до і після.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нічого)</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Copied.</source>
        <translation>Скопійовано.</translation>
    </message>
    <message>
        <source>Put this line into every page of your web site that should show the chat, just before &lt;/body&gt;:</source>
        <translation>Вставте цей рядок у кожну сторінку вашого сайту, де має бути чат, безпосередньо перед &lt;/body&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Visitors&apos; browsers load the chat from the address in the line (%1). This computer&apos;s address is usually not reachable from the internet: publish it through your firm&apos;s web server (as a reverse proxy) and put that public address into the line instead.</source>
        <translation>Браузери відвідувачів завантажують чат з адреси в рядку (%1). Адреса цього комп’ютера зазвичай недоступна з інтернету: опублікуйте її через вебсервер вашої фірми (як зворотний проксі) і вставте в рядок цю публічну адресу.</translation>
    </message>
    <message>
        <source>Code for %1</source>
        <translation>Код для %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>It is running: customers&apos; messages arrive in the Inbox and are answered there.</source>
        <translation>Він працює: повідомлення клієнтів надходять у Вхідні й отримують там відповідь.</translation>
    </message>
    <message>
        <source>The background work of this workspace runs in another program (%1). It starts the new channel the next time it starts: restart it.</source>
        <translation>Фонова робота цього робочого простору виконується в іншій програмі (%1). Вона запустить новий канал під час наступного старту: перезапустіть її.</translation>
    </message>
    <message>
        <source>It did not start. Its state and the reason are shown in the list.</source>
        <translation>Він не запустився. Його стан і причину показано в списку.</translation>
    </message>
    <message>
        <source>It starts with the next start of the background work (the next start of this app).</source>
        <translation>Він запуститься з наступним запуском фонової роботи (під час наступного запуску цього застосунку).</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Додати канал</translation>
    </message>
    <message>
        <source>Which channel should customers use to reach you?</source>
        <translation>Через який канал клієнти мають із вами зв’язуватися?</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram-бот</translation>
    </message>
    <message>
        <source>Signal number</source>
        <translation>Номер Signal</translation>
    </message>
    <message>
        <source>Chat on your web site</source>
        <translation>Чат на вашому сайті</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation>«%1» додано.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Optional. How this channel is listed here and in the Inbox.</source>
        <translation>Необов’язково. Так канал буде показано тут і у Вхідних.</translation>
    </message>
    <message>
        <source>Telegram accepts the token: this is your bot %1.</source>
        <translation>Telegram приймає токен: це ваш бот %1.</translation>
    </message>
    <message>
        <source>Telegram rejected the token. Copy it again from @BotFather (/mybots → your bot → API Token).</source>
        <translation>Telegram відхилив токен. Скопіюйте його ще раз у @BotFather (/mybots → ваш бот → API Token).</translation>
    </message>
    <message>
        <source>Telegram could not be reached. Check the internet connection, or the Bot API server address.</source>
        <translation>Не вдалося зв’язатися з Telegram. Перевірте інтернет-з’єднання або адресу сервера Bot API.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address starting with http:// or https://, or leave the field empty.</source>
        <translation>Введіть адресу сервера, що починається з http:// або https://, або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>Paste the bot token from @BotFather here.</source>
        <translation>Вставте сюди токен бота від @BotFather.</translation>
    </message>
    <message>
        <source>This is not a complete bot token. Copy the whole token from @BotFather: digits, a colon, then about 35 letters and digits.</source>
        <translation>Це неповний токен бота. Скопіюйте весь токен від @BotFather: цифри, двокрапка, потім близько 35 літер і цифр.</translation>
    </message>
    <message>
        <source>In Telegram, open %1 and send %2.</source>
        <translation>У Telegram відкрийте %1 і надішліть %2.</translation>
    </message>
    <message>
        <source>Choose a display name and a username that ends in “bot”.</source>
        <translation>Виберіть відображуване ім’я та ім’я користувача, що закінчується на «bot».</translation>
    </message>
    <message>
        <source>BotFather answers with a token like %3. Paste it below.</source>
        <translation>BotFather відповість токеном на кшталт %3. Вставте його нижче.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Токен бота</translation>
    </message>
    <message>
        <source>Paste the token from @BotFather</source>
        <translation>Вставте токен від @BotFather</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Сервер Bot API</translation>
    </message>
    <message>
        <source>Optional. Only if you run your own Telegram Bot API server; leave empty otherwise.</source>
        <translation>Необов’язково. Лише якщо у вас власний сервер Telegram Bot API; інакше залиште порожнім.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <source>Where is signal-cli?</source>
        <translation>Де знаходиться signal-cli?</translation>
    </message>
    <message>
        <source>signal-cli answers for this number.</source>
        <translation>signal-cli відповідає для цього номера.</translation>
    </message>
    <message>
        <source>signal-cli was not found. Install signal-cli and Java 21 or newer (see %1), or enter the path to signal-cli below.</source>
        <translation>signal-cli не знайдено. Установіть signal-cli і Java 21 або новішу (див. %1) або вкажіть шлях до signal-cli нижче.</translation>
    </message>
    <message>
        <source>Looked for: %1</source>
        <translation>Шукали: %1</translation>
    </message>
    <message>
        <source>signal-cli did not answer for this number. Is the number registered or linked (see %1)?</source>
        <translation>signal-cli не відповів для цього номера. Чи зареєстровано або прив’язано номер (див. %1)?</translation>
    </message>
    <message>
        <source>Enter the number in international format: + and the country code, e.g. +49 30 1234567.</source>
        <translation>Введіть номер у міжнародному форматі: + і код країни, наприклад +49 30 1234567.</translation>
    </message>
    <message>
        <source>Signal runs through signal-cli on this computer. Before adding the number: install signal-cli and Java 21 or newer, then register the number with signal-cli or link it to your phone. Step by step: %1.</source>
        <translation>Signal працює через signal-cli на цьому комп’ютері. Перш ніж додати номер: установіть signal-cli і Java 21 або новішу, потім зареєструйте номер у signal-cli або прив’яжіть його до свого телефону. Покроково: %1.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <source>The number registered or linked in signal-cli, in international format.</source>
        <translation>Номер, зареєстрований або прив’язаний у signal-cli, у міжнародному форматі.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>signal-cli</source>
        <translation>signal-cli</translation>
    </message>
    <message>
        <source>signal-cli (found automatically)</source>
        <translation>signal-cli (знаходиться автоматично)</translation>
    </message>
    <message>
        <source>Optional. The path to signal-cli if it is not found automatically.</source>
        <translation>Необов’язково. Шлях до signal-cli, якщо його не знайдено автоматично.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Colour of the chat button</source>
        <translation>Колір кнопки чату</translation>
    </message>
    <message>
        <source>“%1” is not a site address. Write each site as https:// and its domain, without a path, e.g. https://www.example.com.</source>
        <translation>«%1» — не адреса сайту. Пишіть кожен сайт як https:// і домен, без шляху, наприклад https://www.example.com.</translation>
    </message>
    <message>
        <source>Enter at least one site address, e.g. https://www.example.com.</source>
        <translation>Введіть щонайменше одну адресу сайту, наприклад https://www.example.com.</translation>
    </message>
    <message>
        <source>A chat button on your web site. Visitors write to it and get answers here, like on the other channels. After saving you get one line of code for your site.</source>
        <translation>Кнопка чату на вашому сайті. Відвідувачі пишуть через неї й отримують відповіді тут, як і в інших каналах. Після збереження ви отримаєте один рядок коду для сайту.</translation>
    </message>
    <message>
        <source>Web sites</source>
        <translation>Сайти</translation>
    </message>
    <message>
        <source>The sites that may show the chat, one per line, with https:// and without a path.</source>
        <translation>Сайти, на яких можна показувати чат, по одному на рядок, з https:// і без шляху.</translation>
    </message>
    <message>
        <source>Web site chat</source>
        <translation>Чат на сайті</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Choose the colour of the chat button</source>
        <translation>Виберіть колір кнопки чату</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Розташування</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Праворуч унизу</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Ліворуч унизу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Of the chat window&apos;s own texts. The AI answers in the visitor&apos;s language.</source>
        <translation>Власних текстів вікна чату. ШІ відповідає мовою відвідувача.</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Привітання</translation>
    </message>
    <message>
        <source>e.g. Hello! How can we help?</source>
        <translation>наприклад: Вітаємо! Чим можемо допомогти?</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Web site chat</source>
        <translation>Чат на сайті</translation>
    </message>
    <message>
        <source>Runs in another program</source>
        <translation>Працює в іншій програмі</translation>
    </message>
    <message>
        <source>Runs in another AI Secretary window (pid %1)</source>
        <translation>Працює в іншому вікні AI Secretary (PID %1)</translation>
    </message>
    <message>
        <source>Runs in secretary %1 (pid %2)</source>
        <translation>Працює в secretary %1 (PID %2)</translation>
    </message>
    <message>
        <source>signal-cli was not found. Install it and Java 21 or newer (see docs/signal-setup.md), or enter its path.</source>
        <translation>signal-cli не знайдено. Установіть його і Java 21 або новішу (див. docs/signal-setup.md) або вкажіть шлях до нього.</translation>
    </message>
    <message>
        <source>signal-cli needs Java 21 or newer. Install it (see docs/signal-setup.md).</source>
        <translation>signal-cli потребує Java 21 або новішої. Установіть її (див. docs/signal-setup.md).</translation>
    </message>
    <message>
        <source>The bot token is missing from the secret store. Add the bot again.</source>
        <translation>Токена бота немає у сховищі секретів. Додайте бота ще раз.</translation>
    </message>
    <message>
        <source>Telegram rejected the bot token. Add the bot again with a valid token from @BotFather.</source>
        <translation>Telegram відхилив токен бота. Додайте бота ще раз із дійсним токеном від @BotFather.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Вимкнено</translation>
    </message>
    <message>
        <source>Switched off. Its conversations stay in the Inbox.</source>
        <translation>Вимкнено. Його розмови залишаються у Вхідних.</translation>
    </message>
    <message>
        <source>That program runs the channels; its health is shown there (secretary status).</source>
        <translation>Канали працюють у тій програмі; їхній стан показано там (secretary status).</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Не працює</translation>
    </message>
    <message>
        <source>Starts with the next start of the background work (restart the app).</source>
        <translation>Запуститься з наступним запуском фонової роботи (перезапустіть застосунок).</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Працює</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запускається…</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Перепідключення</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Зупинено</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>no allowed sites</source>
        <translation>немає дозволених сайтів</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Стан: %1</translation>
    </message>
    <message>
        <source>Show code</source>
        <translation>Показати код</translation>
    </message>
    <message>
        <source>The line to put into your web site</source>
        <translation>Рядок для вашого сайту</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>Вимкнути %1</translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation>«%1» додано.</translation>
    </message>
    <message>
        <source>Switch off “%1”?</source>
        <translation>Вимкнути «%1»?</translation>
    </message>
    <message>
        <source>Customers can no longer reach you through it. Its conversations stay in the Inbox. To use it again later, add it again.</source>
        <translation>Клієнти більше не зможуть зв’язатися з вами через нього. Його розмови залишаться у Вхідних. Щоб користуватися ним знову, додайте його ще раз.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>“%1” is off. Its conversations stay in the Inbox.</source>
        <translation>«%1» вимкнено. Його розмови залишаються у Вхідних.</translation>
    </message>
    <message>
        <source>Your channels</source>
        <translation>Ваші канали</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Додати канал</translation>
    </message>
    <message>
        <source>No channels yet. Add a Telegram bot, a Signal number or a chat for your web site, and customers can write to you there.</source>
        <translation>Каналів ще немає. Додайте Telegram-бота, номер Signal або чат для вашого сайту — і клієнти зможуть писати вам там.</translation>
    </message>
    <message>
        <source>Another program runs this workspace&apos;s channels, so their health is shown there (secretary status). Channels added here start the next time it starts.</source>
        <translation>Канали цього робочого простору працюють в іншій програмі, тому їхній стан показано там (secretary status). Додані тут канали запустяться під час її наступного запуску.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n розмова</numerusform>
            <numerusform>%n розмови</numerusform>
            <numerusform>%n розмов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n повідомлення</numerusform>
            <numerusform>%n повідомлення</numerusform>
            <numerusform>%n повідомлень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n канал</numerusform>
            <numerusform>%n канали</numerusform>
            <numerusform>%n каналів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакти</numerusform>
            <numerusform>%n контактів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n лід</numerusform>
            <numerusform>%n ліди</numerusform>
            <numerusform>%n лідів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n завдання</numerusform>
            <numerusform>%n завдання</numerusform>
            <numerusform>%n завдань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n бронювання</numerusform>
            <numerusform>%n бронювання</numerusform>
            <numerusform>%n бронювань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s)</source>
        <translation>
            <numerusform>%n подія календаря</numerusform>
            <numerusform>%n події календаря</numerusform>
            <numerusform>%n подій календаря</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n джерело</numerusform>
            <numerusform>%n джерела</numerusform>
            <numerusform>%n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indexed passage(s)</source>
        <translation>
            <numerusform>%n проіндексований фрагмент</numerusform>
            <numerusform>%n проіндексовані фрагменти</numerusform>
            <numerusform>%n проіндексованих фрагментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n рахунок</numerusform>
            <numerusform>%n рахунки</numerusform>
            <numerusform>%n рахунків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n платіж</numerusform>
            <numerusform>%n платежі</numerusform>
            <numerusform>%n платежів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business partner(s)</source>
        <translation>
            <numerusform>%n бізнес-партнер</numerusform>
            <numerusform>%n бізнес-партнери</numerusform>
            <numerusform>%n бізнес-партнерів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n сповіщення</numerusform>
            <numerusform>%n сповіщення</numerusform>
            <numerusform>%n сповіщень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The value was not accepted. Correct it and try again.</source>
        <translation>Значення не прийнято. Виправте його та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>That item no longer exists. It may have been removed in the meantime.</source>
        <translation>Цього запису більше немає. Можливо, його тим часом видалили.</translation>
    </message>
    <message>
        <source>The change clashes with a newer one. Reload and try again.</source>
        <translation>Зміна конфліктує з новішою. Оновіть дані та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This feature is not set up yet. Check it in Settings.</source>
        <translation>Цю функцію ще не налаштовано. Перевірте її в Налаштуваннях.</translation>
    </message>
    <message>
        <source>The service rejected the credentials. Check them in Settings → Integrations.</source>
        <translation>Сервіс відхилив облікові дані. Перевірте їх у Налаштування → Інтеграції.</translation>
    </message>
    <message numerus="yes">
        <source>The service asks us to slow down. Try again in %n second(s).</source>
        <translation>
            <numerusform>Сервіс просить сповільнитися. Спробуйте знову через %n секунду.</numerusform>
            <numerusform>Сервіс просить сповільнитися. Спробуйте знову через %n секунди.</numerusform>
            <numerusform>Сервіс просить сповільнитися. Спробуйте знову через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service asks us to slow down. Try again in a minute.</source>
        <translation>Сервіс просить сповільнитися. Спробуйте знову за хвилину.</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the internet connection and try again.</source>
        <translation>Не вдалося зв’язатися із сервісом. Перевірте підключення до інтернету та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The workspace is in use by another program. Close it or wait until it ends.</source>
        <translation>Робочий простір використовує інша програма. Закрийте її або дочекайтеся, доки вона завершиться.</translation>
    </message>
    <message>
        <source>The secret store could not be opened. Check the passphrase or the secrets file.</source>
        <translation>Не вдалося відкрити сховище секретів. Перевірте парольну фразу або файл секретів.</translation>
    </message>
    <message>
        <source>The database could not be brought up to date. A backup of it was kept in the workspace&apos;s backups folder.</source>
        <translation>Не вдалося оновити базу даних. Її резервну копію збережено в папці backups робочого простору.</translation>
    </message>
    <message>
        <source>The operation did not succeed.</source>
        <translation>Операція не вдалася.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details can help support find the cause.</source>
        <translation>Сталася неочікувана помилка. Подробиці допоможуть підтримці знайти причину.</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>З’єднання працює.</translation>
    </message>
    <message>
        <source>Not set up yet: enter the credentials above and save them, then test again.</source>
        <translation>Ще не налаштовано: введіть облікові дані вище, збережіть їх і перевірте знову.</translation>
    </message>
    <message>
        <source>The service rejected the credentials. Check that they are complete and still valid.</source>
        <translation>Сервіс відхилив облікові дані. Перевірте, чи вони повні й досі дійсні.</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the internet connection and the address.</source>
        <translation>Не вдалося зв’язатися із сервісом. Перевірте підключення до інтернету та адресу.</translation>
    </message>
    <message>
        <source>Something answered, but not like this service. Check the address.</source>
        <translation>Щось відповіло, але не так, як цей сервіс. Перевірте адресу.</translation>
    </message>
    <message>
        <source>The connection test for this service is not available yet.</source>
        <translation>Перевірка з’єднання для цього сервісу ще недоступна.</translation>
    </message>
    <message>
        <source>The test ended with an unknown result.</source>
        <translation>Перевірка завершилася з невідомим результатом.</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Щось не спрацювало</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to AI Secretary</source>
        <translation>Ласкаво просимо до AI Secretary</translation>
    </message>
    <message>
        <source>Your firm</source>
        <translation>Ваша фірма</translation>
    </message>
    <message>
        <source>You and your languages</source>
        <translation>Ви та ваші мови</translation>
    </message>
    <message>
        <source>Who writes the answers</source>
        <translation>Хто пише відповіді</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Канали</translation>
    </message>
    <message>
        <source>The name and address appear on invoices and in the AI&apos;s answers. You can change them later in Settings.</source>
        <translation>Назва й адреса з’являються в рахунках і у відповідях ШІ. Ви зможете змінити їх пізніше в Налаштуваннях.</translation>
    </message>
    <message>
        <source>You become the owner of this workspace. Customers are answered in the languages they write in.</source>
        <translation>Ви станете власником цього робочого простору. Клієнти отримують відповіді тією мовою, якою пишуть.</translation>
    </message>
    <message>
        <source>Start with the embedded model: it runs on this computer and works offline. You can switch at any time.</source>
        <translation>Почніть із вбудованої моделі: вона працює на цьому комп’ютері й без інтернету. Перемкнутися можна будь-коли.</translation>
    </message>
    <message>
        <source>Connect the Telegram bot customers will write to, or skip this and do it later in Settings → Integrations.</source>
        <translation>Підключіть Telegram-бота, якому писатимуть клієнти, або пропустіть цей крок і зробіть це пізніше в Налаштування → Інтеграції.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Ваша електронна пошта</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Токен Telegram-бота</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Good for short answers from your own documents.</source>
        <translation>Ніщо не залишає цей комп’ютер. Добре для коротких відповідей із ваших власних документів.</translation>
    </message>
    <message>
        <source>The strongest answers; messages are sent to OpenAI. Needs an API key.</source>
        <translation>Найсильніші відповіді; повідомлення надсилаються до OpenAI. Потрібен API-ключ.</translation>
    </message>
    <message>
        <source>A model server in your office such as Ollama or LM Studio. Needs its address.</source>
        <translation>Сервер моделей у вашому офісі, наприклад Ollama чи LM Studio. Потрібна його адреса.</translation>
    </message>
    <message>
        <source>Signal and the chat widget for your web site are set up later in Settings.</source>
        <translation>Signal і чат-віджет для вашого сайту налаштовуються пізніше в Налаштуваннях.</translation>
    </message>
    <message>
        <source>Create demo workspace instead</source>
        <translation>Створити демонстраційний простір</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Поки пропустити</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Будь ласка, заповніть це поле.</translation>
    </message>
    <message>
        <source>Setting up the workspace…</source>
        <translation>Налаштування робочого простору…</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Створення демонстраційного простору…</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Conversations</source>
        <translation>Розмови</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Заброньовані зустрічі</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Business partners watched</source>
        <translation>Бізнес-партнери під наглядом</translation>
    </message>
    <message>
        <source>KYB alerts</source>
        <translation>Сповіщення KYB</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Рахунки</translation>
    </message>
    <message>
        <source>Today at a glance</source>
        <translation>Сьогодні коротко</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Натисніть, щоб відкрити</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Тут поки порожньо</translation>
    </message>
    <message>
        <source>Connect a channel such as Telegram in Settings → Integrations, and conversations, contacts and leads will start to appear here.</source>
        <translation>Підключіть канал, наприклад Telegram, у Налаштування → Інтеграції, і тут почнуть з’являтися розмови, контакти та ліди.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Відкрити налаштування</translation>
    </message>
    <message>
        <source>Coming next</source>
        <translation>Незабаром</translation>
    </message>
    <message>
        <source>Hand-offs waiting for a person, tasks due, today&apos;s meetings and small charts per channel arrive here with the Inbox, CRM, Calendar and KYB features.</source>
        <translation>Розмови, що чекають на людину, завдання з терміном, сьогоднішні зустрічі й невеликі графіки за каналами з’являться тут разом із функціями Вхідні, CRM, Календар і KYB.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Агент: %1</translation>
    </message>
    <message>
        <source>Internal note: the customer does not see it</source>
        <translation>Внутрішня нотатка: клієнт її не бачить</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Нотатка від %1</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Надіслати ще раз</translation>
    </message>
    <message>
        <source>Why this answer</source>
        <translation>Чому така відповідь</translation>
    </message>
    <message>
        <source>No route recorded</source>
        <translation>Маршрут не записано</translation>
    </message>
    <message>
        <source>Tools used: %1</source>
        <translation>Використані інструменти: %1</translation>
    </message>
    <message>
        <source>No tools used</source>
        <translation>Інструменти не використовувалися</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
    <message>
        <source>No documents cited</source>
        <translation>Документи не цитуються</translation>
    </message>
    <message>
        <source>Written by: %1</source>
        <translation>Написано: %1</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Будь-яка мова</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Шаблони відповідей</translation>
    </message>
    <message>
        <source>Prepared answers you insert into a reply with one click (or by typing / in an empty reply box).</source>
        <translation>Готові відповіді, які ви вставляєте у відповідь одним клацанням (або ввівши / в порожньому полі відповіді).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>e.g. Opening hours</source>
        <translation>напр. Години роботи</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Enter a title and a text.</source>
        <translation>Введіть назву й текст.</translation>
    </message>
    <message>
        <source>No canned responses yet</source>
        <translation>Шаблонів відповідей ще немає</translation>
    </message>
    <message>
        <source>Manage canned responses…</source>
        <translation>Керувати шаблонами відповідей…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Write a note for your colleagues…</source>
        <translation>Напишіть нотатку для колег…</translation>
    </message>
    <message>
        <source>Internal note: only your team sees it, the customer does not.</source>
        <translation>Внутрішня нотатка: її бачить лише ваша команда, клієнт — ні.</translation>
    </message>
    <message>
        <source>Write a reply… (type / for canned responses)</source>
        <translation>Напишіть відповідь… (/ — шаблони відповідей)</translation>
    </message>
    <message>
        <source>Take over and send</source>
        <translation>Перейняти й надіслати</translation>
    </message>
    <message>
        <source>The AI answers this conversation. Sending a reply takes it over: the AI stops answering here until you hand it back.</source>
        <translation>Цю розмову веде ШІ. Надіславши відповідь, ви переймаєте її: ШІ більше не відповідатиме тут, доки ви її не повернете.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутрішня нотатка</translation>
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation>Написати нотатку, яку бачить лише ваша команда</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends</source>
        <translation>Ctrl+Enter надсилає</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Завантаження розмови…</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Завантаження попередніх повідомлень…</translation>
    </message>
    <message numerus="yes">
        <source>Scroll up for %n earlier message(s)</source>
        <translation>
            <numerusform>Прокрутіть угору: ще %n попереднє повідомлення</numerusform>
            <numerusform>Прокрутіть угору: ще %n попередні повідомлення</numerusform>
            <numerusform>Прокрутіть угору: ще %n попередніх повідомлень</numerusform>
        </translation>
    </message>
    <message>
        <source>Beginning of the conversation</source>
        <translation>Початок розмови</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Повідомлень ще немає</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Не вдалося відкрити файл</translation>
    </message>
    <message>
        <source>“%1” is missing or no program can open it.</source>
        <translation>«%1» відсутній, або жодна програма не може його відкрити.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Нікому</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (я)</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Перейняти</translation>
    </message>
    <message>
        <source>Answer this customer yourself: the AI stops answering here and the conversation is assigned to you.</source>
        <translation>Відповідайте цьому клієнтові самі: ШІ перестане тут відповідати, а розмову буде призначено вам.</translation>
    </message>
    <message>
        <source>Hand back to AI</source>
        <translation>Повернути ШІ</translation>
    </message>
    <message>
        <source>Let the AI answer again; it also answers messages still waiting for a reply.</source>
        <translation>ШІ знову відповідатиме; також на повідомлення, що ще чекають на відповідь.</translation>
    </message>
    <message>
        <source>On: the AI answers this customer. Off: only people answer.</source>
        <translation>Увімкнено: ШІ відповідає цьому клієнтові. Вимкнено: відповідають лише люди.</translation>
    </message>
    <message>
        <source>Off: only people answer this customer.</source>
        <translation>Вимкнено: цьому клієнтові відповідають лише люди.</translation>
    </message>
    <message>
        <source>AI answers</source>
        <translation>Відповідає ШІ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Призначено</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>e.g. vip, invoice (Enter saves)</source>
        <translation>напр. vip, рахунок (Enter зберігає)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Loading the conversations…</source>
        <translation>Завантаження розмов…</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it and reply.</source>
        <translation>Виберіть розмову ліворуч, щоб прочитати її та відповісти.</translation>
    </message>
    <message>
        <source>No channels connected yet</source>
        <translation>Канали ще не підключено</translation>
    </message>
    <message>
        <source>Connect Telegram, Signal or your web site&apos;s chat, and every conversation with your customers lands here, answered by the AI until you take over. Set a channel up in Settings → Integrations, or on the command line:</source>
        <translation>Підключіть Telegram, Signal або чат вашого сайту, і кожна розмова з клієнтами з’являтиметься тут; ШІ відповідає, доки ви не переймете розмову. Налаштуйте канал у Налаштування → Інтеграції або в командному рядку:</translation>
    </message>
    <message>
        <source>Open Settings → Integrations</source>
        <translation>Відкрити Налаштування → Інтеграції</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Нове повідомлення від %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Потрібна людина</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрита</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Вебчат</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Очікує надсилання</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Надсилається…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причину не вказано</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Не доставлено: %1</translation>
    </message>
    <message>
        <source>Perhaps not delivered: sending was interrupted. Check in %1 whether the customer got it before you resend it.</source>
        <translation>Можливо, не доставлено: надсилання перервалося. Перевірте в %1, чи отримав клієнт повідомлення, перш ніж надсилати його ще раз.</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>ШІ</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Search names and messages (Ctrl+F)</source>
        <translation>Пошук імен і повідомлень (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Пошук розмов</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фільтр статусу</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Усі канали</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Фільтр каналу</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мої</translation>
    </message>
    <message>
        <source>Only conversations assigned to you</source>
        <translation>Лише розмови, призначені вам</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитані</translation>
    </message>
    <message>
        <source>Only conversations with messages you have not read</source>
        <translation>Лише розмови з повідомленнями, які ви ще не прочитали</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Розмови</translation>
    </message>
    <message>
        <source>No conversation matches these filters.</source>
        <translation>Жодна розмова не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <source>No conversations yet. They appear here as soon as a customer writes on one of your channels.</source>
        <translation>Розмов ще немає. Вони з’являться тут, щойно клієнт напише в один із ваших каналів.</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>показано: %1</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Видалити %1</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>перевірка…</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задано</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Stored. Type a new value to replace it.</source>
        <translation>Збережено. Введіть нове значення, щоб замінити його.</translation>
    </message>
    <message>
        <source>Paste the value here</source>
        <translation>Вставте значення сюди</translation>
    </message>
    <message>
        <source>Settings → Channels</source>
        <translation>Налаштування → Канали</translation>
    </message>
    <message>
        <source>Bots are added and tested in %1.</source>
        <translation>Ботів додають і перевіряють у розділі %1.</translation>
    </message>
    <message>
        <source>Numbers are added and tested in %1.</source>
        <translation>Номери додають і перевіряють у розділі %1.</translation>
    </message>
    <message>
        <source>Used when the AI back-end is OpenAI (Settings → AI).</source>
        <translation>Використовується, коли ШІ-бекенд — OpenAI (Налаштування → ШІ).</translation>
    </message>
    <message>
        <source>Ollama, llama.cpp, vLLM or LM Studio; the address is set in Settings → AI.</source>
        <translation>Ollama, llama.cpp, vLLM або LM Studio; адресу задають у Налаштування → ШІ.</translation>
    </message>
    <message>
        <source>Licence and billing; a restricted read-only key is enough for the test.</source>
        <translation>Ліцензія та оплата; для перевірки достатньо обмеженого ключа лише для читання.</translation>
    </message>
    <message>
        <source>Keeps bookings in step with your Google Calendar.</source>
        <translation>Синхронізує бронювання з вашим Google Календарем.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Перевірити з’єднання</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Перевірка…</translation>
    </message>
</context>
<context>
    <name>KnowledgeDetails</name>
    <message>
        <source>No reason was given.</source>
        <translation>Причину не вказано.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting to be indexed. This starts as soon as the background worker is free.</source>
        <translation>Очікує індексування. Воно почнеться, щойно фонова робота звільниться.</translation>
    </message>
    <message>
        <source>Indexing now: %1 done.</source>
        <translation>Індексується: виконано %1.</translation>
    </message>
    <message>
        <source>Indexing now.</source>
        <translation>Індексується.</translation>
    </message>
    <message>
        <source>Indexing failed: %1 Fix the problem, then choose Re-index.</source>
        <translation>Індексування не вдалося: %1 Усуньте проблему, потім виберіть «Переіндексувати».</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документів</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n фрагмент</numerusform>
            <numerusform>%n фрагменти</numerusform>
            <numerusform>%n фрагментів</numerusform>
        </translation>
    </message>
    <message>
        <source>The AI can answer from %1 in %2. Last indexed: %3.</source>
        <translation>ШІ може відповідати з %1 (%2). Останнє індексування: %3.</translation>
    </message>
    <message>
        <source>Select a source</source>
        <translation>Виберіть джерело</translation>
    </message>
    <message>
        <source>Its state and any files that could not be read appear here.</source>
        <translation>Тут з’являться його стан і файли, які не вдалося прочитати.</translation>
    </message>
    <message>
        <source>Only files like: %1</source>
        <translation>Лише файли на зразок: %1</translation>
    </message>
    <message>
        <source>Skipping: %1</source>
        <translation>Пропускаються: %1</translation>
    </message>
    <message>
        <source>New and changed files are picked up automatically.</source>
        <translation>Нові та змінені файли додаються автоматично.</translation>
    </message>
    <message>
        <source>Checked for changes automatically.</source>
        <translation>Автоматично перевіряється на зміни.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation>Відкрити вебсторінку</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Відкрити папку</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Відкрити файл</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Переіндексувати</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Read the source again: new and changed documents are indexed, removed ones dropped.</source>
        <translation>Прочитати джерело знову: нові та змінені документи індексуються, видалені вилучаються.</translation>
    </message>
    <message>
        <source>Remove it from the knowledge base (the original files stay where they are).</source>
        <translation>Вилучити з бази знань (оригінальні файли залишаться на місці).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be read:</source>
        <translation>
            <numerusform>Не вдалося прочитати %n документ:</numerusform>
            <numerusform>Не вдалося прочитати %n документи:</numerusform>
            <numerusform>Не вдалося прочитати %n документів:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Вебсторінка</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>У черзі</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Індексується</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message numerus="yes">
        <source>Ready, %n problem(s)</source>
        <translation>
            <numerusform>Готово, %n проблема</numerusform>
            <numerusform>Готово, %n проблеми</numerusform>
            <numerusform>Готово, %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ще ні</translation>
    </message>
    <message>
        <source>%1 of %2 documents could not be read.</source>
        <translation>Не вдалося прочитати документів: %1 з %2.</translation>
    </message>
    <message>
        <source>Waiting for the background worker to index it.</source>
        <translation>Очікує, доки фонова робота його проіндексує.</translation>
    </message>
    <message>
        <source>Indexing: %1 done.</source>
        <translation>Індексування: виконано %1.</translation>
    </message>
    <message>
        <source>Indexing now.</source>
        <translation>Індексується.</translation>
    </message>
    <message>
        <source>Indexed: the AI can answer from it.</source>
        <translation>Проіндексовано: ШІ може відповідати з нього.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Фрагменти</translation>
    </message>
    <message>
        <source>Last indexed</source>
        <translation>Проіндексовано</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>No search index yet: it is built when the first documents are indexed.</source>
        <translation>Пошукового індексу ще немає: він з’явиться, коли будуть проіндексовані перші документи.</translation>
    </message>
    <message>
        <source>Search model: %1 (%2 dimensions)</source>
        <translation>Модель пошуку: %1 (%2 вимірів)</translation>
    </message>
    <message>
        <source>Re-embedding with %1: %2. Search uses the current model until it is done.</source>
        <translation>Перерахунок з %1: %2. До завершення пошук використовує поточну модель.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>починається</translation>
    </message>
    <message>
        <source>%1: a source with this name exists already. Remove it first, or add the new one under another name.</source>
        <translation>%1: джерело з такою назвою вже існує. Спершу видаліть його або додайте нове під іншою назвою.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Знання</translation>
    </message>
    <message>
        <source>The firm&apos;s own documents the AI answers from: price lists, terms, FAQs, manuals. Drop files or folders here to add them.</source>
        <translation>Власні документи фірми, з яких відповідає ШІ: прайс-листи, умови, FAQ, інструкції. Перетягніть сюди файли або папки, щоб додати їх.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Додати папку…</translation>
    </message>
    <message>
        <source>Add web page…</source>
        <translation>Додати вебсторінку…</translation>
    </message>
    <message>
        <source>Re-index all</source>
        <translation>Переіндексувати все</translation>
    </message>
    <message>
        <source>Read every source again: new and changed documents are indexed, removed ones dropped.</source>
        <translation>Прочитати всі джерела знову: нові та змінені документи індексуються, видалені вилучаються.</translation>
    </message>
    <message>
        <source>No documents yet — add files or a folder</source>
        <translation>Документів ще немає — додайте файли або папку</translation>
    </message>
    <message>
        <source>Price lists, terms, FAQs and manuals: the AI answers customers from them and cites the page. You can also drop files and folders here.</source>
        <translation>Прайс-листи, умови, FAQ та інструкції: ШІ відповідає з них клієнтам і вказує сторінку. Файли та папки можна також перетягнути сюди.</translation>
    </message>
    <message>
        <source>Knowledge sources</source>
        <translation>Джерела знань</translation>
    </message>
    <message>
        <source>Loading the knowledge sources…</source>
        <translation>Завантаження джерел знань…</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n source(s)</source>
        <translation>
            <numerusform>Індексується %n джерело</numerusform>
            <numerusform>Індексуються %n джерела</numerusform>
            <numerusform>Індексується %n джерел</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Stop indexing after the current document; what is indexed stays, the rest follows with the next re-index.</source>
        <translation>Зупинити індексування після поточного документа; проіндексоване залишиться, решта — під час наступного переіндексування.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Додати файли</translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>Документи (%1);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Not everything was added</source>
        <translation>Додано не все</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be added:</source>
        <translation>
            <numerusform>Не вдалося додати %n елемент:</numerusform>
            <numerusform>Не вдалося додати %n елементи:</numerusform>
            <numerusform>Не вдалося додати %n елементів:</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current document.</source>
        <translation>Зупиняється після поточного документа.</translation>
    </message>
    <message>
        <source>Indexing runs in another process (secretary serve); it can be stopped there.</source>
        <translation>Індексування виконується в іншому процесі (secretary serve); зупинити його можна там.</translation>
    </message>
    <message>
        <source>Remove “%1” from the knowledge base?</source>
        <translation>Вилучити «%1» з бази знань?</translation>
    </message>
    <message numerus="yes">
        <source>The AI stops answering from its %n document(s). The original files stay where they are.</source>
        <translation>
            <numerusform>ШІ більше не відповідатиме з його %n документа. Оригінальні файли залишаться на місці.</numerusform>
            <numerusform>ШІ більше не відповідатиме з його %n документів. Оригінальні файли залишаться на місці.</numerusform>
            <numerusform>ШІ більше не відповідатиме з його %n документів. Оригінальні файли залишаться на місці.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Вилучити джерело</translation>
    </message>
    <message>
        <source>Could not open it</source>
        <translation>Не вдалося відкрити</translation>
    </message>
    <message>
        <source>No program to open it was found: %1</source>
        <translation>Не знайдено програми, щоб це відкрити: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeSearch</name>
    <message>
        <source>page %1</source>
        <translation>сторінка %1</translation>
    </message>
    <message>
        <source>Search score: the higher, the closer the match. Result %1.</source>
        <translation>Оцінка пошуку: що вища, то точніший збіг. Результат %1.</translation>
    </message>
    <message>
        <source>Open at page %1</source>
        <translation>Відкрити на сторінці %1</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Відкрити вебсторінку</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Відкрити документ</translation>
    </message>
    <message>
        <source>Try a question</source>
        <translation>Спробуйте запитання</translation>
    </message>
    <message>
        <source>Ask the way a customer would, e.g. “What does a tax return cost?”</source>
        <translation>Запитайте, як запитав би клієнт, напр. «Скільки коштує податкова декларація?»</translation>
    </message>
    <message>
        <source>Search the documents</source>
        <translation>Пошук у документах</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Шукати в</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Шукати</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Усі джерела</translation>
    </message>
    <message>
        <source>Searching… The first search loads the language model, which takes a moment.</source>
        <translation>Пошук… Перший пошук завантажує мовну модель, це займає трохи часу.</translation>
    </message>
    <message>
        <source>The passages the AI would answer from appear here, with the document and page they come from.</source>
        <translation>Тут з’являться фрагменти, з яких відповідав би ШІ, з документом і сторінкою, звідки вони взяті.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try other words, or check that the documents are ready.</source>
        <translation>За запитом «%1» нічого не знайдено. Спробуйте інші слова або перевірте, чи документи готові.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found, best first.</source>
        <translation>
            <numerusform>Знайдено %n фрагмент, найкращі першими.</numerusform>
            <numerusform>Знайдено %n фрагменти, найкращі першими.</numerusform>
            <numerusform>Знайдено %n фрагментів, найкращі першими.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is no longer there. It may have been moved or deleted; re-index its source.</source>
        <translation>Файлу більше немає. Можливо, його перемістили або видалили; переіндексуйте його джерело.</translation>
    </message>
    <message>
        <source>No program to open it was found. Open it yourself from the path shown.</source>
        <translation>Не знайдено програми, щоб це відкрити. Відкрийте файл самостійно за показаним шляхом.</translation>
    </message>
    <message>
        <source>The document could not be opened</source>
        <translation>Не вдалося відкрити документ</translation>
    </message>
</context>
<context>
    <name>KnowledgeSettings</name>
    <message>
        <source>Already in use.</source>
        <translation>Уже використовується.</translation>
    </message>
    <message>
        <source>The knowledge base is being re-indexed with %1; search keeps using the current index until it is done.</source>
        <translation>База знань переіндексовується моделлю %1; пошук використовує поточний індекс, доки це не завершиться.</translation>
    </message>
    <message>
        <source>None yet: it is built when the first documents are indexed.</source>
        <translation>Ще немає: його буде створено, коли проіндексуються перші документи.</translation>
    </message>
    <message>
        <source>In progress with %1: %2</source>
        <translation>Триває з моделлю %1: %2</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>починається</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Пошуковий індекс</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Виміри</translation>
    </message>
    <message>
        <source>Re-indexing</source>
        <translation>Переіндексування</translation>
    </message>
</context>
<context>
    <name>Kyb</name>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Судно</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критичний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Середній</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation>Ризиків не виявлено</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <source>Clear · %1</source>
        <translation>Чисто · %1</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Під моніторингом</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Призупинено</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Щодня</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Щотижня</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нове</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Прийнято до уваги</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Sanctions lists</source>
        <translation>Санкційні списки</translation>
    </message>
    <message>
        <source>EU VAT register (VIES)</source>
        <translation>Реєстр ПДВ ЄС (VIES)</translation>
    </message>
    <message>
        <source>LEI register (GLEIF)</source>
        <translation>Реєстр LEI (GLEIF)</translation>
    </message>
    <message>
        <source>German insolvency notices</source>
        <translation>Німецькі оголошення про неплатоспроможність</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Нещодавні зміни</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation>Недоступне</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>OFAC Specially Designated Nationals (SDN)</source>
        <translation>OFAC Specially Designated Nationals (SDN)</translation>
    </message>
    <message>
        <source>OFAC Consolidated (non-SDN) lists</source>
        <translation>Зведений список OFAC (не SDN)</translation>
    </message>
    <message>
        <source>EU consolidated financial sanctions</source>
        <translation>Зведений список фінансових санкцій ЄС</translation>
    </message>
    <message>
        <source>UK Sanctions List (FCDO)</source>
        <translation>Санкційний список Великої Британії (FCDO)</translation>
    </message>
    <message>
        <source>UN Security Council consolidated list</source>
        <translation>Зведений список Ради Безпеки ООН</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>файл %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Номер ПДВ</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Check interval</source>
        <translation>Інтервал перевірки</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Ідентифікатори</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Не завантажено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the same as on %1: %2 (name score %3), decided by %4: %5</source>
        <translation>Не та сама сторона, що в %1: %2 (оцінка імені %3), рішення ухвалив(ла) %4: %5</translation>
    </message>
    <message>
        <source>Not the same as on %1: %2 (name score %3), decided: %5</source>
        <translation>Не та сама сторона, що в %1: %2 (оцінка імені %3), рішення: %5</translation>
    </message>
    <message>
        <source>Confirmed match on %1: %2 (name score %3), decided by %4: %5</source>
        <translation>Підтверджений збіг у %1: %2 (оцінка імені %3), рішення ухвалив(ла) %4: %5</translation>
    </message>
    <message>
        <source>Confirmed match on %1: %2 (name score %3), decided: %5</source>
        <translation>Підтверджений збіг у %1: %2 (оцінка імені %3), рішення: %5</translation>
    </message>
    <message>
        <source>Possible match on %1: %2 (name score %3)</source>
        <translation>Можливий збіг у списку %1: %2 (оцінка імені %3)</translation>
    </message>
    <message>
        <source>Insolvency notice %1 (%2, published %3)</source>
        <translation>Оголошення про неплатоспроможність %1 (%2, опубліковано %3)</translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid in VIES</source>
        <translation>Номер ПДВ %1 недійсний за даними VIES</translation>
    </message>
    <message>
        <source>The LEI %1 has lapsed (not renewed)</source>
        <translation>LEI %1 прострочений (не поновлено)</translation>
    </message>
    <message>
        <source>The LEI %1 was due for renewal on %2</source>
        <translation>LEI %1 мав бути поновлений %2</translation>
    </message>
    <message>
        <source>The legal entity of the LEI %1 is inactive</source>
        <translation>Юридична особа з LEI %1 неактивна</translation>
    </message>
    <message>
        <source>The LEI %1 is %2 at GLEIF</source>
        <translation>LEI %1 має в GLEIF статус %2</translation>
    </message>
    <message>
        <source>%1 recent change(s) in the registers: %2</source>
        <translation>Нещодавніх змін у реєстрах: %1 (%2)</translation>
    </message>
    <message>
        <source>LEI status</source>
        <translation>Статус LEI</translation>
    </message>
    <message>
        <source>Sanctions match</source>
        <translation>Збіг із санкційним списком</translation>
    </message>
    <message>
        <source>Insolvency</source>
        <translation>Неплатоспроможність</translation>
    </message>
    <message>
        <source>VAT id invalid</source>
        <translation>Номер ПДВ недійсний</translation>
    </message>
    <message>
        <source>Register change</source>
        <translation>Зміна в реєстрі</translation>
    </message>
    <message>
        <source>A business partner</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>%1 may be listed: %2 on %3 (score %4).</source>
        <translation>%1, можливо, є у списку: %2 у списку %3 (оцінка %4).</translation>
    </message>
    <message>
        <source>Insolvency notice for %1: case %2 at %3, published %4.</source>
        <translation>Оголошення про неплатоспроможність щодо %1: справа %2, суд %3, опубліковано %4.</translation>
    </message>
    <message>
        <source>The VAT id %1 of %2 is not valid in VIES.</source>
        <translation>Номер ПДВ %1 контрагента %2 недійсний за даними VIES.</translation>
    </message>
    <message>
        <source>The LEI %1 of %2 is now %3 at GLEIF.</source>
        <translation>LEI %1 контрагента %2 тепер має в GLEIF статус %3.</translation>
    </message>
    <message>
        <source>%1: %2 changed from “%3” to “%4”.</source>
        <translation>%1: %2 змінилося з «%3» на «%4».</translation>
    </message>
    <message>
        <source>Not the same (false positive)</source>
        <translation>Не та сама сторона (хибний збіг)</translation>
    </message>
    <message>
        <source>Confirmed match</source>
        <translation>Підтверджений збіг</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>невідомо ким</translation>
    </message>
    <message>
        <source>%1: decided by %2 on %3 — %4</source>
        <translation>%1: рішення ухвалив(ла) %2 %3 — %4</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>KybAlerts</name>
    <message>
        <source>Severity</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <source>Business partner</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Виникло</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Прийняті до уваги</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Закриті</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Важливість:</translation>
    </message>
    <message>
        <source>Show or hide alerts of this severity</source>
        <translation>Показати або приховати сповіщення цієї важливості</translation>
    </message>
    <message>
        <source>Open business partner</source>
        <translation>Відкрити контрагента</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Прийняти до уваги</translation>
    </message>
    <message>
        <source>Mark it as seen: someone is looking into it.</source>
        <translation>Позначити як побачене: ним уже займаються.</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Закрити…</translation>
    </message>
    <message>
        <source>Close the alert with the reason why (required).</source>
        <translation>Закрити сповіщення із зазначенням причини (обов’язково).</translation>
    </message>
    <message>
        <source>KYB alerts</source>
        <translation>Сповіщення KYB</translation>
    </message>
    <message>
        <source>No alerts of the chosen severities. Switch more severities on above.</source>
        <translation>Немає сповіщень вибраної важливості. Увімкніть більше рівнів угорі.</translation>
    </message>
    <message>
        <source>No new alerts. An alert appears when a check finds a possible sanctions match, an insolvency notice, an invalid VAT id or a change in a register.</source>
        <translation>Нових сповіщень немає. Сповіщення з’являється, коли перевірка знаходить можливий збіг із санкційним списком, оголошення про неплатоспроможність, недійсний номер ПДВ або зміну в реєстрі.</translation>
    </message>
    <message>
        <source>No alerts here.</source>
        <translation>Тут немає сповіщень.</translation>
    </message>
    <message>
        <source>Choose an alert above to read it in full and act on it.</source>
        <translation>Виберіть сповіщення вгорі, щоб прочитати його повністю й обробити.</translation>
    </message>
    <message>
        <source>%1, raised %2</source>
        <translation>%1, виникло %2</translation>
    </message>
</context>
<context>
    <name>KybDetail</name>
    <message>
        <source>Not asked: no VAT id entered.</source>
        <translation>Не запитано: номер ПДВ не вказано.</translation>
    </message>
    <message>
        <source>Not asked: no LEI entered.</source>
        <translation>Не запитано: LEI не вказано.</translation>
    </message>
    <message>
        <source>Not asked: only German companies and persons are searched.</source>
        <translation>Не запитано: пошук ведеться лише щодо німецьких компаній та осіб.</translation>
    </message>
    <message>
        <source>Not asked yet: press Check now.</source>
        <translation>Ще не запитано: натисніть «Перевірити зараз».</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Звіт…</translation>
    </message>
    <message>
        <source>Save this business partner&apos;s KYB report as PDF or JSON, e.g. for your files or an auditor.</source>
        <translation>Зберегти звіт KYB цього контрагента у PDF або JSON, напр. для архіву чи аудитора.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Перевірити зараз</translation>
    </message>
    <message>
        <source>Screen against the sanctions lists and ask the VAT, LEI and insolvency registers now.</source>
        <translation>Звірити із санкційними списками та запитати реєстри ПДВ, LEI і неплатоспроможності зараз.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупиняємо…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Stop after the register being asked now; what was already asked is kept.</source>
        <translation>Зупинити після реєстру, який опитується зараз; уже отримані відповіді зберігаються.</translation>
    </message>
    <message>
        <source>Resume monitoring</source>
        <translation>Відновити моніторинг</translation>
    </message>
    <message>
        <source>Pause monitoring</source>
        <translation>Призупинити моніторинг</translation>
    </message>
    <message>
        <source>Paused business partners are not re-checked.</source>
        <translation>Призупинених контрагентів не перевіряють повторно.</translation>
    </message>
    <message>
        <source>Restore from the archive</source>
        <translation>Повернути з архіву</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архівувати</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Більше</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Інші дії</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ризик</translation>
    </message>
    <message>
        <source>Not checked yet. Press Check now to screen this business partner.</source>
        <translation>Ще не перевірено. Натисніть «Перевірити зараз», щоб перевірити цього контрагента.</translation>
    </message>
    <message>
        <source>Score %1 of 100: %2. Last check %3.</source>
        <translation>Оцінка %1 зі 100: %2. Остання перевірка %3.</translation>
    </message>
    <message>
        <source>Nothing was found that adds to the risk.</source>
        <translation>Нічого, що підвищує ризик, не знайдено.</translation>
    </message>
    <message>
        <source>The score is the highest single reason: sanctions match 90–100, insolvency 70–89, invalid VAT id or lapsed LEI 40–69, recent register changes 20–39.</source>
        <translation>Оцінка — це найвагоміша окрема причина: збіг із санкційним списком 90–100, неплатоспроможність 70–89, недійсний номер ПДВ або прострочений LEI 40–69, нещодавні зміни в реєстрах 20–39.</translation>
    </message>
    <message>
        <source>Possible sanctions matches (%1)</source>
        <translation>Можливі збіги із санкційними списками (%1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>%1: version %2, loaded %3</source>
        <translation>%1: версія %2, завантажено %3</translation>
    </message>
    <message>
        <source>Screened against:</source>
        <translation>Звірено зі списками:</translation>
    </message>
    <message>
        <source>No sanctions list is loaded yet, so nobody can be screened. Load them on the Lists tab.</source>
        <translation>Ще не завантажено жодного санкційного списку, тож перевірка неможлива. Завантажте їх на вкладці «Санкційні списки».</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Відомості</translation>
    </message>
    <message>
        <source>Monitored since</source>
        <translation>Під моніторингом з</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>No alerts so far.</source>
        <translation>Поки що сповіщень немає.</translation>
    </message>
    <message>
        <source>Raised %1, not acknowledged yet</source>
        <translation>Виникло %1, ще не прийнято до уваги</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Прийняти до уваги</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Закрити…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Nothing recorded yet: every check stores what each source said, and changes show up here.</source>
        <translation>Ще нічого не записано: кожна перевірка зберігає відповіді джерел, а зміни з’являються тут.</translation>
    </message>
    <message>
        <source>%1 · %2 changed</source>
        <translation>%1 · зміни: %2</translation>
    </message>
    <message>
        <source>%1: answer first seen %2, last confirmed %3</source>
        <translation>%1: відповідь уперше отримано %2, востаннє підтверджено %3</translation>
    </message>
</context>
<context>
    <name>KybEdit</name>
    <message>
        <source>The name is too long: at most 300 characters.</source>
        <translation>Назва задовга: не більше 300 символів.</translation>
    </message>
    <message>
        <source>Enter the name of the business partner.</source>
        <translation>Введіть назву контрагента.</translation>
    </message>
    <message>
        <source>Enter the two-letter country code, e.g. DE, AT or UA.</source>
        <translation>Введіть дволітерний код країни, напр. DE, AT або UA.</translation>
    </message>
    <message>
        <source>This is not a valid VAT id. Check the country prefix and the digits (a German one is DE and 9 digits).</source>
        <translation>Це недійсний номер ПДВ. Перевірте префікс країни та цифри (німецький — DE і 9 цифр).</translation>
    </message>
    <message>
        <source>This is not a valid LEI. An LEI has 20 letters and digits; check for typos.</source>
        <translation>Це недійсний LEI. LEI має 20 літер і цифр; перевірте, чи немає помилок.</translation>
    </message>
    <message>
        <source>Enter the date of birth as YYYY, YYYY-MM or YYYY-MM-DD, not in the future.</source>
        <translation>Введіть дату народження у форматі РРРР, РРРР-ММ або РРРР-ММ-ДД, не в майбутньому.</translation>
    </message>
    <message>
        <source>Choose the type of business partner.</source>
        <translation>Виберіть тип контрагента.</translation>
    </message>
    <message>
        <source>Choose how often to check.</source>
        <translation>Виберіть, як часто перевіряти.</translation>
    </message>
    <message>
        <source>This value was not accepted.</source>
        <translation>Це значення не прийнято.</translation>
    </message>
    <message>
        <source>Edit business partner</source>
        <translation>Редагувати контрагента</translation>
    </message>
    <message>
        <source>Add a business partner</source>
        <translation>Додати контрагента</translation>
    </message>
    <message>
        <source>Only the name is required. A VAT id, LEI or date of birth makes the checks more precise and avoids false alarms.</source>
        <translation>Обов’язкова лише назва. Номер ПДВ, LEI або дата народження роблять перевірки точнішими й запобігають хибним тривогам.</translation>
    </message>
    <message>
        <source>IMO number</source>
        <translation>Номер IMO</translation>
    </message>
    <message>
        <source>e.g. Muster Handels GmbH</source>
        <translation>напр. ТОВ «Приклад»</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>напр. UA</translation>
    </message>
    <message>
        <source>e.g. DE and 9 digits</source>
        <translation>напр. DE і 9 цифр</translation>
    </message>
    <message>
        <source>20 letters and digits</source>
        <translation>20 літер і цифр</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>This business partner is monitored already. Find it in the list, or change the name.</source>
        <translation>Цей контрагент уже під моніторингом. Знайдіть його у списку або змініть назву.</translation>
    </message>
</context>
<context>
    <name>KybImport</name>
    <message>
        <source>Already monitored (business partner no. %1).</source>
        <translation>Уже під моніторингом (контрагент № %1).</translation>
    </message>
    <message>
        <source>Import business partners</source>
        <translation>Імпорт контрагентів</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Що містить кожен стовпець?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file. The columns were matched by their headings; correct what is wrong. Only the name is required.</source>
        <translation>
            <numerusform>У файлі %n рядок. Стовпці зіставлено за заголовками; виправте, що не так. Обов’язкова лише назва.</numerusform>
            <numerusform>У файлі %n рядки. Стовпці зіставлено за заголовками; виправте, що не так. Обов’язкова лише назва.</numerusform>
            <numerusform>У файлі %n рядків. Стовпці зіставлено за заголовками; виправте, що не так. Обов’язкова лише назва.</numerusform>
        </translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— немає у файлі —</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Перші рядки так, як їх буде імпортовано</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Виберіть стовпець із назвою.</translation>
    </message>
    <message>
        <source>✓ will be added</source>
        <translation>✓ буде додано</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Імпортувати %n рядок</numerusform>
            <numerusform>Імпортувати %n рядки</numerusform>
            <numerusform>Імпортувати %n рядків</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Імпорт завершено</translation>
    </message>
    <message numerus="yes">
        <source>%n business partner(s) added.</source>
        <translation>
            <numerusform>Додано %n контрагента.</numerusform>
            <numerusform>Додано %n контрагенти.</numerusform>
            <numerusform>Додано %n контрагентів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported:</source>
        <translation>
            <numerusform>Не імпортовано %n рядок:</numerusform>
            <numerusform>Не імпортовано %n рядки:</numerusform>
            <numerusform>Не імпортовано %n рядків:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Correct the refused rows in the file and import it again: rows already added are recognised and skipped. New business partners are screened at the next scheduled check, or now with Check now.</source>
        <translation>Виправте відхилені рядки у файлі та імпортуйте його знову: уже додані рядки буде розпізнано й пропущено. Нових контрагентів перевірять під час наступної планової перевірки або одразу кнопкою «Перевірити зараз».</translation>
    </message>
</context>
<context>
    <name>KybListImport</name>
    <message>
        <source>OFAC XML (SDN.XML, CONS_ENHANCED.XML …)</source>
        <translation>OFAC XML (SDN.XML, CONS_ENHANCED.XML …)</translation>
    </message>
    <message>
        <source>OFAC CSV (folder with sdn.csv, add.csv, alt.csv)</source>
        <translation>OFAC CSV (тека з sdn.csv, add.csv, alt.csv)</translation>
    </message>
    <message>
        <source>EU financial sanctions XML</source>
        <translation>Фінансові санкції ЄС (XML)</translation>
    </message>
    <message>
        <source>UK Sanctions List XML</source>
        <translation>Санкційний список Великої Британії (XML)</translation>
    </message>
    <message>
        <source>UN Security Council XML</source>
        <translation>Рада Безпеки ООН (XML)</translation>
    </message>
    <message>
        <source>Import a sanctions list</source>
        <translation>Імпорт санкційного списку</translation>
    </message>
    <message>
        <source>For computers without internet access: download the official file elsewhere and import it here. The previous version is kept until the new one is read completely.</source>
        <translation>Для комп’ютерів без доступу до інтернету: завантажте офіційний файл деінде та імпортуйте його тут. Попередня версія зберігається, доки нову не буде прочитано повністю.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Виберіть файл…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Як зазначено у файлі</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Ф&amp;айл</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Folder with sdn.csv</source>
        <translation>Тека з sdn.csv</translation>
    </message>
    <message>
        <source>Sanctions list file</source>
        <translation>Файл санкційного списку</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>Файли XML (*.xml);;Усі файли (*)</translation>
    </message>
    <message>
        <source>There is nothing at this path.</source>
        <translation>За цим шляхом нічого немає.</translation>
    </message>
    <message>
        <source>Choose the file itself, not its folder.</source>
        <translation>Виберіть сам файл, а не теку.</translation>
    </message>
</context>
<context>
    <name>KybLists</name>
    <message>
        <source>%1 entries</source>
        <translation>записів: %1</translation>
    </message>
    <message>
        <source>it needs a download token: enter it in Settings → KYB</source>
        <translation>потрібен токен завантаження: введіть його в Налаштування → KYB</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записів</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Завантажено</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Not screened against: switch it on in Settings → KYB.</source>
        <translation>Не використовується для звірки: увімкніть у Налаштування → KYB.</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s) or missing: update it.</source>
        <translation>
            <numerusform>Старший за %n день або відсутній: оновіть його.</numerusform>
            <numerusform>Старший за %n дні або відсутній: оновіть його.</numerusform>
            <numerusform>Старший за %n днів або відсутній: оновіть його.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screening runs on this computer against these official lists, so no partner&apos;s name leaves the firm. The lists change several times a week: keep them fresh.</source>
        <translation>Звірка відбувається на цьому комп’ютері за цими офіційними списками, тож жодна назва контрагента не залишає фірму. Списки змінюються кілька разів на тиждень: підтримуйте їх актуальними.</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Оновити зараз</translation>
    </message>
    <message>
        <source>Download the lists chosen in Settings → KYB from their official addresses.</source>
        <translation>Завантажити списки, вибрані в Налаштування → KYB, з їхніх офіційних адрес.</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Імпортувати файл…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>No sanctions list loaded yet</source>
        <translation>Ще не завантажено жодного санкційного списку</translation>
    </message>
    <message>
        <source>Download the official lists (OFAC, EU, UK, UN) now, or import files you downloaded elsewhere. Business partners can be screened as soon as one list is loaded.</source>
        <translation>Завантажте офіційні списки (OFAC, ЄС, Велика Британія, ООН) зараз або імпортуйте файли, завантажені деінде. Контрагентів можна перевіряти, щойно завантажено хоча б один список.</translation>
    </message>
    <message>
        <source>Sanctions lists</source>
        <translation>Санкційні списки</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) older than a week or not loaded: press Update now, or import the files.</source>
        <translation>
            <numerusform>%n список старший за тиждень або не завантажений: натисніть «Оновити зараз» або імпортуйте файли.</numerusform>
            <numerusform>%n списки старші за тиждень або не завантажені: натисніть «Оновити зараз» або імпортуйте файли.</numerusform>
            <numerusform>%n списків старші за тиждень або не завантажені: натисніть «Оновити зараз» або імпортуйте файли.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current list…</source>
        <translation>Зупинка після поточного списку…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Завантаження: %1…</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>Початок завантаження…</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Останнє оновлення:</translation>
    </message>
    <message>
        <source>Stopped. The lists downloaded so far are kept.</source>
        <translation>Зупинено. Уже завантажені списки збережено.</translation>
    </message>
    <message>
        <source>%1: version %2 with %3 entries imported.</source>
        <translation>%1: імпортовано версію %2, записів: %3.</translation>
    </message>
    <message>
        <source>%1: this version (%2) is loaded already.</source>
        <translation>%1: цю версію (%2) вже завантажено.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Файл не вдалося імпортувати.</translation>
    </message>
</context>
<context>
    <name>KybMatch</name>
    <message>
        <source>Names and aliases</source>
        <translation>Імена та псевдоніми</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Країни</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Ідентифікатори</translation>
    </message>
    <message>
        <source>Sanctions programmes</source>
        <translation>Санкційні програми</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреси</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 у списку %2</translation>
    </message>
    <message>
        <source>Name score %1</source>
        <translation>Оцінка імені %1</translation>
    </message>
    <message>
        <source>alerts from %1</source>
        <translation>сповіщення від %1</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation>Наш запис</translation>
    </message>
    <message>
        <source>Listed entry (id %1)</source>
        <translation>Запис у списку (ID %1)</translation>
    </message>
    <message>
        <source>This entry is not in the current list version any more.</source>
        <translation>Цього запису вже немає в поточній версії списку.</translation>
    </message>
    <message>
        <source>How the score came about: %1</source>
        <translation>Як отримано оцінку: %1</translation>
    </message>
    <message>
        <source>Not the same (false positive)…</source>
        <translation>Не та сама сторона (хибний збіг)…</translation>
    </message>
    <message>
        <source>Confirm match…</source>
        <translation>Підтвердити збіг…</translation>
    </message>
    <message>
        <source>Undo decision…</source>
        <translation>Скасувати рішення…</translation>
    </message>
    <message>
        <source>Someone else, e.g. another date of birth: the match then adds no risk and alerts no more, unless a later list version makes it match more closely.</source>
        <translation>Це інша особа, напр. інша дата народження: збіг більше не додає ризику й не сповіщає, хіба що новіша версія списку зробить його ближчим.</translation>
    </message>
    <message>
        <source>The match is real: the risk is 100 and the alert stays open for follow-up.</source>
        <translation>Збіг справжній: ризик 100, сповіщення лишається відкритим для подальших дій.</translation>
    </message>
    <message>
        <source>Take the decision back: the match counts as found again.</source>
        <translation>Скасувати рішення: збіг знову вважається знайденим.</translation>
    </message>
    <message>
        <source>It matches more closely now (score %1 then): decide again.</source>
        <translation>Тепер збіг ближчий (тоді оцінка %1): ухваліть рішення знову.</translation>
    </message>
</context>
<context>
    <name>KybModel</name>
    <message>
        <source>Open alerts</source>
        <translation>Відкриті сповіщення</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ризик</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Not checked yet: select it and press Check now.</source>
        <translation>Ще не перевірено: виберіть і натисніть «Перевірити зараз».</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
</context>
<context>
    <name>KybPanel</name>
    <message>
        <source>KYB</source>
        <translation>KYB</translation>
    </message>
    <message>
        <source>Know your business partners: sanctions lists, VAT and LEI registers and insolvency notices, checked on a schedule, with an alert when something changes.</source>
        <translation>Знайте своїх контрагентів: санкційні списки, реєстри ПДВ і LEI та оголошення про неплатоспроможність перевіряються за розкладом, а про зміни ви отримуєте сповіщення.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Business partners</source>
        <translation>Контрагенти</translation>
    </message>
    <message>
        <source>Sanctions lists</source>
        <translation>Санкційні списки</translation>
    </message>
    <message>
        <source>KYB alert (%1): %2</source>
        <translation>Сповіщення KYB (%1): %2</translation>
    </message>
    <message>
        <source>Resolving closes this alert only: the match still counts in the risk. To dismiss the match itself, open the business partner and choose &apos;Not the same&apos; on it.</source>
        <translation>Закриття прибирає лише це сповіщення: збіг і далі враховується в ризику. Щоб відхилити сам збіг, відкрийте бізнес-партнера й виберіть «Не та сама сторона».</translation>
    </message>
    <message>
        <source>Import business partners</source>
        <translation>Імпорт контрагентів</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файли CSV (*.csv *.txt);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>KybPartners</name>
    <message>
        <source>Search name, VAT id or LEI</source>
        <translation>Пошук за назвою, номером ПДВ або LEI</translation>
    </message>
    <message>
        <source>Search business partners</source>
        <translation>Пошук контрагентів</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Будь-який ризик</translation>
    </message>
    <message>
        <source>Low risk and above</source>
        <translation>Від низького ризику</translation>
    </message>
    <message>
        <source>Medium risk and above</source>
        <translation>Від середнього ризику</translation>
    </message>
    <message>
        <source>High risk and above</source>
        <translation>Від високого ризику</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Лише критичні</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Імпорт CSV…</translation>
    </message>
    <message>
        <source>Export all reports…</source>
        <translation>Експортувати всі звіти…</translation>
    </message>
    <message>
        <source>A PDF and a JSON report of every monitored business partner into one folder.</source>
        <translation>Звіт у PDF і JSON для кожного контрагента під моніторингом — в одну теку.</translation>
    </message>
    <message>
        <source>No sanctions list is loaded yet, so nobody can be screened against sanctions.</source>
        <translation>Ще не завантажено жодного санкційного списку, тож перевірка на санкції неможлива.</translation>
    </message>
    <message>
        <source>Load the lists…</source>
        <translation>Завантажити списки…</translation>
    </message>
    <message>
        <source>No business partners yet</source>
        <translation>Ще немає контрагентів</translation>
    </message>
    <message>
        <source>Add the companies and people you do business with. Each one is screened against the sanctions lists and checked in the VAT, LEI and insolvency registers, and you get an alert when something changes.</source>
        <translation>Додайте компанії та людей, з якими ви співпрацюєте. Кожного звіряють із санкційними списками й перевіряють у реєстрах ПДВ, LEI та неплатоспроможності, а про зміни ви отримуєте сповіщення.</translation>
    </message>
    <message>
        <source>Add a business partner</source>
        <translation>Додати контрагента</translation>
    </message>
    <message>
        <source>Loading the business partners…</source>
        <translation>Завантаження контрагентів…</translation>
    </message>
    <message>
        <source>Choose a business partner on the left to see its risk, what each source said and its alerts.</source>
        <translation>Виберіть контрагента ліворуч, щоб побачити його ризик, відповіді джерел і сповіщення.</translation>
    </message>
    <message>
        <source>Business partners</source>
        <translation>Контрагенти</translation>
    </message>
    <message numerus="yes">
        <source>%n business partner(s)</source>
        <translation>
            <numerusform>%n контрагент</numerusform>
            <numerusform>%n контрагенти</numerusform>
            <numerusform>%n контрагентів</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches the search or filters.</source>
        <translation>Ніхто не відповідає пошуку чи фільтрам.</translation>
    </message>
</context>
<context>
    <name>KybReason</name>
    <message>
        <source>Different person: other date of birth</source>
        <translation>Інша особа: інша дата народження</translation>
    </message>
    <message>
        <source>Different company: other country and register number</source>
        <translation>Інша компанія: інша країна та реєстраційний номер</translation>
    </message>
    <message>
        <source>Checked with the partner; documents on file</source>
        <translation>Перевірено з контрагентом; документи є в справі</translation>
    </message>
    <message>
        <source>Business relationship ended</source>
        <translation>Співпрацю припинено</translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation>Підтвердити збіг</translation>
    </message>
    <message>
        <source>Why is this the same person or company?</source>
        <translation>Чому це та сама особа чи компанія?</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <source>Same date of birth and passport number</source>
        <translation>Та сама дата народження й номер паспорта</translation>
    </message>
    <message>
        <source>Same register number and address</source>
        <translation>Той самий реєстраційний номер і адреса</translation>
    </message>
    <message>
        <source>Confirmed with the partner&apos;s documents</source>
        <translation>Підтверджено документами партнера</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Скасувати рішення</translation>
    </message>
    <message>
        <source>Why is the decision taken back?</source>
        <translation>Чому рішення скасовується?</translation>
    </message>
    <message>
        <source>Decided too early: needs more checking</source>
        <translation>Рішення було передчасним: потрібна додаткова перевірка</translation>
    </message>
    <message>
        <source>Decided for the wrong entry</source>
        <translation>Рішення ухвалено не для того запису</translation>
    </message>
    <message>
        <source>Not the same (false positive)</source>
        <translation>Не та сама сторона (хибний збіг)</translation>
    </message>
    <message>
        <source>Why is this someone else?</source>
        <translation>Чому це інша особа чи компанія?</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Не та сама сторона</translation>
    </message>
    <message>
        <source>Resolve alert</source>
        <translation>Закрити сповіщення</translation>
    </message>
    <message>
        <source>Why is this alert resolved?</source>
        <translation>Чому це сповіщення закрито?</translation>
    </message>
    <message>
        <source>The reason is kept with your name and printed in the KYB report, so an auditor can follow the decision.</source>
        <translation>Причину збережено з вашим ім&apos;ям і надруковано у звіті KYB, щоб аудитор міг простежити рішення.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>напр. %1</translation>
    </message>
    <message>
        <source>Use this reason (you can still change it)</source>
        <translation>Використати цю причину (її ще можна змінити)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>KybReports</name>
    <message>
        <source>Export KYB report</source>
        <translation>Експорт звіту KYB</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;JSON data (*.json)</source>
        <translation>Звіт PDF (*.pdf);;Дані JSON (*.json)</translation>
    </message>
    <message>
        <source>Folder for all KYB reports</source>
        <translation>Тека для всіх звітів KYB</translation>
    </message>
    <message>
        <source>Exporting reports</source>
        <translation>Експорт звітів</translation>
    </message>
    <message>
        <source>Writing a PDF and a JSON report for every monitored business partner…</source>
        <translation>Створення звіту PDF і JSON для кожного контрагента під моніторингом…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Звіт збережено</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n файл записано в %1.</numerusform>
            <numerusform>%n файли записано в %1.</numerusform>
            <numerusform>%n файлів записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Експорт зупинено</translation>
    </message>
    <message>
        <source>The export was stopped. The reports written so far are in the folder.</source>
        <translation>Експорт зупинено. Уже створені звіти є в теці.</translation>
    </message>
</context>
<context>
    <name>KybSettings</name>
    <message>
        <source>Where the sources are</source>
        <translation>Де розташовані джерела</translation>
    </message>
    <message>
        <source>The official addresses are preset. Change them only for a local mirror or a proxy. The EU file&apos;s download token is kept with the other keys under Integrations.</source>
        <translation>Офіційні адреси вже налаштовано. Змінюйте їх лише для локального дзеркала або проксі. Токен завантаження файлу ЄС зберігається разом з іншими ключами в розділі «Інтеграції».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Знання</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Рахунки</translation>
    </message>
    <message>
        <source>KYB</source>
        <translation>KYB</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>AI Secretary</source>
        <translation>AI Secretary</translation>
    </message>
    <message>
        <source>Change it in Settings → AI.</source>
        <translation>Змінити можна в Налаштування → ШІ.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <source>Saving settings…</source>
        <translation>Збереження налаштувань…</translation>
    </message>
    <message>
        <source>Storing a secret…</source>
        <translation>Збереження секрету…</translation>
    </message>
    <message>
        <source>Removing a secret…</source>
        <translation>Видалення секрету…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Перевірка з’єднання…</translation>
    </message>
    <message>
        <source>Adding documents…</source>
        <translation>Додавання документів…</translation>
    </message>
    <message>
        <source>Removing a knowledge source…</source>
        <translation>Вилучення джерела знань…</translation>
    </message>
    <message>
        <source>Queueing a re-index…</source>
        <translation>Планування переіндексування…</translation>
    </message>
    <message>
        <source>Searching the documents…</source>
        <translation>Пошук у документах…</translation>
    </message>
    <message>
        <source>Switching the embedding model…</source>
        <translation>Зміна моделі ембедингів…</translation>
    </message>
    <message>
        <source>Adding the channel…</source>
        <translation>Додавання каналу…</translation>
    </message>
    <message>
        <source>Switching the channel off…</source>
        <translation>Вимкнення каналу…</translation>
    </message>
    <message>
        <source>Saving the business partner…</source>
        <translation>Збереження контрагента…</translation>
    </message>
    <message>
        <source>Checking a business partner…</source>
        <translation>Перевірка контрагента…</translation>
    </message>
    <message>
        <source>Downloading sanctions lists…</source>
        <translation>Завантаження санкційних списків…</translation>
    </message>
    <message>
        <source>Importing a sanctions list…</source>
        <translation>Імпорт санкційного списку…</translation>
    </message>
    <message>
        <source>Importing business partners…</source>
        <translation>Імпорт контрагентів…</translation>
    </message>
    <message>
        <source>Writing the KYB report…</source>
        <translation>Створення звіту KYB…</translation>
    </message>
    <message>
        <source>Writing all KYB reports…</source>
        <translation>Створення всіх звітів KYB…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPanel</name>
    <message>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Every conversation from Telegram, Signal and your web site&apos;s chat in one list, with the AI&apos;s answers and a one-click take-over.</source>
        <translation>Усі розмови з Telegram, Signal і чату на вашому сайті в одному списку, з відповідями ШІ та перехопленням розмови в один клік.</translation>
    </message>
    <message>
        <source>The three-pane inbox arrives with the Inbox feature.</source>
        <translation>Трипанельні Вхідні з’являться разом із функцією Вхідні.</translation>
    </message>
    <message>
        <source>Connect Telegram</source>
        <translation>Підключити Telegram</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Your pipeline as a board: every lead with its stage, value and next task, and each contact&apos;s full history.</source>
        <translation>Ваша воронка продажів у вигляді дошки: кожен лід з етапом, сумою та наступним завданням, і повна історія кожного контакту.</translation>
    </message>
    <message>
        <source>The pipeline board arrives with the CRM feature.</source>
        <translation>Дошка воронки з’явиться разом із функцією CRM.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Meetings booked by customers and by you, with your business hours, holidays and buffers.</source>
        <translation>Зустрічі, заброньовані клієнтами та вами, з вашими робочими годинами, вихідними й перервами між зустрічами.</translation>
    </message>
    <message>
        <source>The week view arrives with the Calendar feature.</source>
        <translation>Тижневий вигляд з’явиться разом із функцією Календар.</translation>
    </message>
    <message>
        <source>Connect Google Calendar</source>
        <translation>Підключити Google Календар</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Рахунки</translation>
    </message>
    <message>
        <source>Invoices with live totals and VAT, exported as PDF, XRechnung or ZUGFeRD and sent on the customer&apos;s channel.</source>
        <translation>Рахунки з підсумками та ПДВ, що рахуються одразу, експорт у PDF, XRechnung або ZUGFeRD і надсилання каналом клієнта.</translation>
    </message>
    <message>
        <source>The invoice list and editor arrive with the Invoices feature.</source>
        <translation>Список рахунків і редактор з’являться разом із функцією Рахунки.</translation>
    </message>
    <message>
        <source>Check the firm&apos;s details</source>
        <translation>Перевірити дані фірми</translation>
    </message>
    <message>
        <source>Nothing stored here yet.</source>
        <translation>Тут ще нічого не збережено.</translation>
    </message>
    <message>
        <source>Already in this workspace: %1</source>
        <translation>Уже в цьому робочому просторі: %1</translation>
    </message>
</context>
<context>
    <name>Playground</name>
    <message>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <source>German</source>
        <translation>німецька</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>російська</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>інша мова</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>продажі</translation>
    </message>
    <message>
        <source>support</source>
        <translation>підтримка</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>рахунки</translation>
    </message>
    <message>
        <source>appointments and organisation</source>
        <translation>зустрічі та організація</translation>
    </message>
    <message>
        <source>small talk</source>
        <translation>світська розмова</translation>
    </message>
    <message>
        <source>wants a person</source>
        <translation>хоче говорити з людиною</translation>
    </message>
    <message>
        <source>Abusive</source>
        <translation>Образливе</translation>
    </message>
    <message>
        <source>Prompt injection</source>
        <translation>Prompt-ін’єкція</translation>
    </message>
    <message>
        <source>Handed to a person</source>
        <translation>Передано людині</translation>
    </message>
    <message>
        <source>Not backed by your documents</source>
        <translation>Не підтверджено вашими документами</translation>
    </message>
    <message>
        <source>Forbidden topic</source>
        <translation>Заборонена тема</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Без відповіді</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>Персональні дані замасковано</translation>
    </message>
    <message>
        <source>%1, answered in %2</source>
        <translation>%1, відповідь — %2</translation>
    </message>
    <message>
        <source>none (the supervisor answered)</source>
        <translation>жоден (відповів супервізор)</translation>
    </message>
    <message>
        <source>Language: %1 · Topic: %2 · Agent: %3</source>
        <translation>Мова: %1 · Тема: %2 · Агент: %3</translation>
    </message>
    <message>
        <source>Embedded</source>
        <translation>Вбудований</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Local LLM server</source>
        <translation>Локальний LLM-сервер</translation>
    </message>
    <message>
        <source>Embedded (the chosen back-end did not answer)</source>
        <translation>Вбудований (вибраний бекенд не відповів)</translation>
    </message>
    <message>
        <source>%1 · no tokens used</source>
        <translation>%1 · токени не витрачено</translation>
    </message>
    <message>
        <source>%1 · %2 tokens (%3 in, %4 out)</source>
        <translation>%1 · токенів: %2 (%3 на вході, %4 на виході)</translation>
    </message>
    <message>
        <source>The AI is working on it…</source>
        <translation>ШІ працює над цим…</translation>
    </message>
    <message>
        <source>Trying the AI…</source>
        <translation>Випробовуємо ШІ…</translation>
    </message>
    <message>
        <source>Done. Nothing was sent or saved.</source>
        <translation>Готово. Нічого не надіслано й не збережено.</translation>
    </message>
    <message>
        <source>(no reply: the customer gets no answer from the AI)</source>
        <translation>(без відповіді: клієнт не отримає відповіді від ШІ)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>No concerns</source>
        <translation>Без зауважень</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Аргументи</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>AI playground</source>
        <translation>Пісочниця ШІ</translation>
    </message>
    <message>
        <source>Write a message as a customer would. The AI handles it with the saved settings. This is a dry run: nothing is sent or saved.</source>
        <translation>Напишіть повідомлення, як це зробив би клієнт. ШІ обробить його зі збереженими налаштуваннями. Це пробний запуск: нічого не надсилається й не зберігається.</translation>
    </message>
    <message>
        <source>e.g. Hello, what does a tax return cost? My number is +49 170 1234567.</source>
        <translation>напр. Добрий день, скільки коштує податкова декларація? Мій номер +380 67 123 4567.</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Повідомлення клієнта</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Надіслати (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends.</source>
        <translation>Ctrl+Enter — надіслати.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>How the AI got there</source>
        <translation>Як ШІ до цього дійшов</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>What the AI model saw</source>
        <translation>Що побачила модель ШІ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Back-end</source>
        <translation>Бекенд</translation>
    </message>
    <message>
        <source>Tools used</source>
        <translation>Використані інструменти</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Embedded (offline, on this computer)</source>
        <translation>Вбудований (офлайн, на цьому комп’ютері)</translation>
    </message>
    <message>
        <source>OpenAI (cloud)</source>
        <translation>OpenAI (хмара)</translation>
    </message>
    <message>
        <source>In Ukrainian</source>
        <translation>Українською</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Англійською</translation>
    </message>
    <message>
        <source>In German</source>
        <translation>Німецькою</translation>
    </message>
    <message>
        <source>In Russian</source>
        <translation>Російською</translation>
    </message>
    <message>
        <source>Don&apos;t answer: hand it to a person</source>
        <translation>Не відповідати: передати людині</translation>
    </message>
    <message>
        <source>Local LLM server (Ollama, llama.cpp, LM Studio, vLLM)</source>
        <translation>Локальний LLM-сервер (Ollama, llama.cpp, LM Studio, vLLM)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Підтримка</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Рахунки</translation>
    </message>
    <message>
        <source>Appointments and organisation</source>
        <translation>Зустрічі та організація</translation>
    </message>
    <message>
        <source>Answer calmly</source>
        <translation>Відповісти спокійно</translation>
    </message>
    <message>
        <source>Answer and flag the conversation</source>
        <translation>Відповісти й позначити розмову</translation>
    </message>
    <message>
        <source>Hand it to a person</source>
        <translation>Передати людині</translation>
    </message>
    <message>
        <source>Stop answering</source>
        <translation>Більше не відповідати</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Щодня</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Щотижня</translation>
    </message>
    <message>
        <source>OFAC SDN</source>
        <translation>OFAC SDN</translation>
    </message>
    <message>
        <source>OFAC other</source>
        <translation>OFAC інші</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>ЄС</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>ООН</translation>
    </message>
    <message>
        <source>Compatible server (the address on the AI page)</source>
        <translation>Сумісний сервер (адреса на сторінці ШІ)</translation>
    </message>
    <message>
        <source>Enter the VAT id with its country prefix, e.g. DE123456789.</source>
        <translation>Введіть номер платника ПДВ із префіксом країни, напр. DE123456789.</translation>
    </message>
    <message>
        <source>Use the two-letter country code in capitals, e.g. DE or UA.</source>
        <translation>Використовуйте дволітерний код країни великими літерами, напр. DE або UA.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like office@example.com.</source>
        <translation>Введіть адресу електронної пошти на кшталт office@example.com.</translation>
    </message>
    <message>
        <source>Enter an address starting with http:// or https://.</source>
        <translation>Введіть адресу, що починається з http:// або https://.</translation>
    </message>
    <message>
        <source>Write days and times like this: Mon-Fri 09:00-17:00, Sat 10:00-13:00 (days Mon Tue Wed Thu Fri Sat Sun, times 00:00 to 24:00, start before end).</source>
        <translation>Пишіть дні й години так: Mon-Fri 09:00-17:00, Sat 10:00-13:00 (дні англійськими скороченнями: Mon Tue Wed Thu Fri Sat Sun; час від 00:00 до 24:00; початок раніше за кінець).</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Введіть ціле число від %1 до %2.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Введіть число від %1 до %2.</translation>
    </message>
    <message>
        <source>Choose at least one of the offered values.</source>
        <translation>Виберіть принаймні одне із запропонованих значень.</translation>
    </message>
    <message>
        <source>This value is not accepted: %1</source>
        <translation>Це значення не прийнято: %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the marked fields.</source>
        <translation>Нічого не збережено: виправте позначені поля.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Немає змін для збереження.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Firm</source>
        <translation>Фірма</translation>
    </message>
    <message>
        <source>Your firm&apos;s name and address appear on invoices and in the AI&apos;s answers.</source>
        <translation>Назва й адреса вашої фірми з’являються в рахунках і у відповідях ШІ.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Робочий простір</translation>
    </message>
    <message>
        <source>Where this workspace lives and what runs it.</source>
        <translation>Де зберігається цей робочий простір і що його обслуговує.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The language of this window. Customers are always answered in their own language.</source>
        <translation>Мова цього вікна. Клієнти завжди отримують відповіді своєю мовою.</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>ШІ</translation>
    </message>
    <message>
        <source>Which model writes the answers, which agents answer, and the rules they follow.</source>
        <translation>Яка модель пише відповіді, які агенти відповідають і яких правил вони дотримуються.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Канали</translation>
    </message>
    <message>
        <source>Where customers reach you: Telegram, Signal and the chat on your web site. Add a channel, see whether it runs, or switch it off.</source>
        <translation>Де клієнти можуть з вами зв’язатися: Telegram, Signal і чат на вашому сайті. Додайте канал, перевірте, чи він працює, або вимкніть його.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Знання</translation>
    </message>
    <message>
        <source>Which model turns the firm&apos;s documents into a searchable index. Changing it re-indexes every document; search keeps working meanwhile.</source>
        <translation>Яка модель перетворює документи фірми на пошуковий індекс. Зміна моделі переіндексовує всі документи; пошук тим часом працює далі.</translation>
    </message>
    <message>
        <source>KYB</source>
        <translation>KYB</translation>
    </message>
    <message>
        <source>When a business partner raises an alert, how often partners are checked, which sanctions lists are screened, and where alerts go.</source>
        <translation>Коли діловий партнер викликає попередження, як часто перевіряються партнери, за якими санкційними списками шукати і куди надсилати попередження.</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Інтеграції</translation>
    </message>
    <message>
        <source>Outside services and their keys. Keys are kept in the secret store and never shown again.</source>
        <translation>Зовнішні сервіси та їхні ключі. Ключі зберігаються в сховищі секретів і більше ніколи не показуються.</translation>
    </message>
    <message>
        <source>Nobody: background work is stopped</source>
        <translation>Ніхто: фонову роботу зупинено</translation>
    </message>
    <message>
        <source>This window (pid %1)</source>
        <translation>Це вікно (PID %1)</translation>
    </message>
    <message>
        <source>secretary %1 (pid %2 on %3)</source>
        <translation>secretary %1 (PID %2 на %3)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Схема бази даних</translation>
    </message>
    <message>
        <source>Secret store</source>
        <translation>Сховище секретів</translation>
    </message>
    <message>
        <source>Background work run by</source>
        <translation>Фонову роботу виконує</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Відкрити папку</translation>
    </message>
    <message>
        <source>%1 (up to date)</source>
        <translation>%1 (актуальна)</translation>
    </message>
    <message>
        <source>%1, update to %2 pending</source>
        <translation>%1, очікує оновлення до %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Background work is not running</source>
        <translation>Фонова робота не виконується</translation>
    </message>
    <message>
        <source>Replies and checks wait until the app or &apos;secretary serve&apos; runs.</source>
        <translation>Відповіді й перевірки чекають, доки запуститься застосунок або «secretary serve».</translation>
    </message>
    <message>
        <source>Background work runs here</source>
        <translation>Фонова робота виконується тут</translation>
    </message>
    <message>
        <source>This window answers messages and runs checks while it is open.</source>
        <translation>Це вікно відповідає на повідомлення й виконує перевірки, поки воно відкрите.</translation>
    </message>
    <message>
        <source>Background work runs in another program</source>
        <translation>Фонова робота виконується в іншій програмі</translation>
    </message>
    <message>
        <source>Another program holds this workspace.</source>
        <translation>Цей робочий простір утримує інша програма.</translation>
    </message>
    <message>
        <source>Background work runs in another AI Secretary window (pid %1)</source>
        <translation>Фонова робота виконується в іншому вікні AI Secretary (PID %1)</translation>
    </message>
    <message>
        <source>Background work runs in secretary %2 (pid %1)</source>
        <translation>Фонова робота виконується в secretary %2 (PID %1)</translation>
    </message>
    <message>
        <source>Started %1 on %2. This window shows and changes data; the other program does the work.</source>
        <translation>Запущено %1 на %2. Це вікно показує й змінює дані; роботу виконує інша програма.</translation>
    </message>
    <message>
        <source>AI: embedded (offline)</source>
        <translation>ШІ: вбудований (офлайн)</translation>
    </message>
    <message>
        <source>AI: OpenAI</source>
        <translation>ШІ: OpenAI</translation>
    </message>
    <message>
        <source>AI: compatible server</source>
        <translation>ШІ: сумісний сервер</translation>
    </message>
    <message>
        <source>Secrets: system keyring</source>
        <translation>Секрети: системне сховище ключів</translation>
    </message>
    <message>
        <source>Secrets: encrypted file</source>
        <translation>Секрети: зашифрований файл</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n завдання виконується</numerusform>
            <numerusform>%n завдання виконуються</numerusform>
            <numerusform>%n завдань виконується</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>Workspace id</source>
        <translation>Ідентифікатор простору</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Демонстраційний простір</translation>
    </message>
    <message>
        <source>Firm name</source>
        <translation>Назва фірми</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правова форма</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Вулиця та номер будинку</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Країна (код ISO)</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Номер платника ПДВ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Languages customers write in</source>
        <translation>Мови, якими пишуть клієнти</translation>
    </message>
    <message>
        <source>AI back-end</source>
        <translation>ШІ-бекенд</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Server address (OpenAI-compatible)</source>
        <translation>Адреса сервера (OpenAI-сумісного)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Time limit per AI request (seconds)</source>
        <translation>Ліміт часу на запит до ШІ (секунди)</translation>
    </message>
    <message>
        <source>Agents that answer</source>
        <translation>Агенти, що відповідають</translation>
    </message>
    <message>
        <source>When a message is abusive</source>
        <translation>Коли повідомлення образливе</translation>
    </message>
    <message>
        <source>Reply to messages in Russian in</source>
        <translation>На повідомлення російською відповідати</translation>
    </message>
    <message>
        <source>Reply to other languages in</source>
        <translation>На повідомлення іншими мовами відповідати</translation>
    </message>
    <message>
        <source>Topics the AI must not discuss</source>
        <translation>Теми, які ШІ не має обговорювати</translation>
    </message>
    <message>
        <source>Disclaimer added to every AI reply</source>
        <translation>Застереження до кожної відповіді ШІ</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Робочі години</translation>
    </message>
    <message>
        <source>Meeting length (minutes)</source>
        <translation>Тривалість зустрічі (хвилини)</translation>
    </message>
    <message>
        <source>Telegram Bot API address</source>
        <translation>Адреса Telegram Bot API</translation>
    </message>
    <message>
        <source>Stripe API address</source>
        <translation>Адреса Stripe API</translation>
    </message>
    <message>
        <source>Embedding model for the knowledge base</source>
        <translation>Модель ембедингів для бази знань</translation>
    </message>
    <message>
        <source>Embedding model name (OpenAI or compatible server)</source>
        <translation>Назва моделі ембедингів (OpenAI або сумісний сервер)</translation>
    </message>
    <message>
        <source>Chunk size (characters)</source>
        <translation>Розмір фрагмента (символів)</translation>
    </message>
    <message>
        <source>Chunk overlap (characters)</source>
        <translation>Перекриття фрагментів (символів)</translation>
    </message>
    <message>
        <source>Alert when a name matches a listed name at least</source>
        <translation>Сповіщати, коли назва збігається з назвою у списку щонайменше на</translation>
    </message>
    <message>
        <source>Re-check new counterparties</source>
        <translation>Повторно перевіряти нових контрагентів</translation>
    </message>
    <message>
        <source>Download the sanctions lists daily when online</source>
        <translation>Щодня завантажувати санкційні списки, коли є з’єднання</translation>
    </message>
    <message>
        <source>Sanctions lists to screen against</source>
        <translation>Санкційні списки для звірки</translation>
    </message>
    <message>
        <source>OFAC SDN list address</source>
        <translation>Адреса списку OFAC SDN</translation>
    </message>
    <message>
        <source>OFAC consolidated list address</source>
        <translation>Адреса зведеного списку OFAC</translation>
    </message>
    <message>
        <source>EU financial sanctions file address (the token is kept as a secret)</source>
        <translation>Адреса файлу фінансових санкцій ЄС (токен зберігається як секрет)</translation>
    </message>
    <message>
        <source>UK Sanctions List address</source>
        <translation>Адреса санкційного списку Великої Британії</translation>
    </message>
    <message>
        <source>UN Security Council list address</source>
        <translation>Адреса списку Ради Безпеки ООН</translation>
    </message>
    <message>
        <source>VIES service address</source>
        <translation>Адреса сервісу VIES</translation>
    </message>
    <message>
        <source>Ask VIES for a consultation number with the firm&apos;s VAT id</source>
        <translation>Запитувати у VIES номер консультації з номером ПДВ фірми</translation>
    </message>
    <message>
        <source>GLEIF API address</source>
        <translation>Адреса API GLEIF</translation>
    </message>
    <message>
        <source>Search German insolvency notices</source>
        <translation>Шукати німецькі оголошення про неплатоспроможність</translation>
    </message>
    <message>
        <source>Insolvency notices portal address</source>
        <translation>Адреса порталу оголошень про неплатоспроможність</translation>
    </message>
    <message>
        <source>Also send alerts to this Telegram chat id</source>
        <translation>Також надсилати сповіщення в цей чат Telegram (ID)</translation>
    </message>
    <message>
        <source>Local server address</source>
        <translation>Адреса локального сервера</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>Порт локального сервера</translation>
    </message>
    <message>
        <source>Background workers</source>
        <translation>Фонові обробники</translation>
    </message>
    <message>
        <source>Answer customers in helper processes on multi-core machines</source>
        <translation>Відповідати клієнтам у допоміжних процесах (на багатоядерних комп’ютерах)</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Токен бота</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Local LLM server</source>
        <translation>Локальний LLM-сервер</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API-ключ (необов’язково)</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретний ключ</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Секрет підпису вебхуків</translation>
    </message>
    <message>
        <source>EU sanctions file</source>
        <translation>Файл санкцій ЄС</translation>
    </message>
    <message>
        <source>Download token of the EU financial sanctions file</source>
        <translation>Токен завантаження файлу фінансових санкцій ЄС</translation>
    </message>
    <message>
        <source>Google Calendar</source>
        <translation>Google Календар</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>OAuth-токен</translation>
    </message>
    <message>
        <source>Channel token</source>
        <translation>Токен каналу</translation>
    </message>
</context>
</TS>
