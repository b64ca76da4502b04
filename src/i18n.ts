import { language } from './data/words.js';

// The words of date labels (decades, seasons, "since", "end unknown") are in src/data/words.ts, so that the pure
// date formatting can use them without importing the element's side (see docs/architecture.md); they are part of
// this catalogue all the same: add a language there too.
export { type DateWords, dateWordsFor } from './data/words.js';

/**
 * A message with a count `{n}`: one string for every count, or one per plural category of `Intl.PluralRules`
 * (`other` is required; a category the language does not list falls back to it).
 */
export type PluralMessage = string | ({ [category in Intl.LDMLPluralRule]?: string } & { other: string });

/**
 * The strings of one language, as the catalogue holds them and as a page supplies them in the element's
 * `messages` property. Placeholders are in braces; counts are written with `Intl.NumberFormat`, and a `.` right
 * after a placeholder is dropped when the inserted text already ends a sentence ("2020 г." + ". " reads "2020 г. ").
 */
export interface MessageCatalog {
  /** The accessible name when the document has no title. */
  timeline: string;
  zoomIn: string;
  zoomOut: string;
  zoomToFit: string;
  /** The detail panel's close button. */
  close: string;
  /** The detail panel's link to the event's page. */
  link: string;
  /** The hint when a plain wheel scrolls the page; `{key}`: the modifier key. */
  wheelHint: string;
  events: PluralMessage;
  /** The accessible name of a cluster; `{events}`: the count as `events` says it, `{span}`: its dates. */
  cluster: string;
  /** The live announcement after a zoom; `{span}`: the visible dates. */
  visibleRange: string;
  /** The heading of the problems list. */
  problems: PluralMessage;
  empty: string;
  loading: string;
  /** The name of the Ctrl key on the reader's keyboard; default "Ctrl" (German: "Strg"). */
  ctrl?: string;
  /** Between the parts of a name ("title, date, lane"); default the separator of `Intl.ListFormat`. */
  sep?: string;
}

/** Strings a page supplies, by BCP 47 tag or language (`{ hy: { zoomIn: '…' }, 'fr-CA': { … } }`). */
export type MessageOverrides = Readonly<Record<string, Partial<MessageCatalog>>>;

/** The strings the element writes itself, ready to use; anything else comes from Intl. */
export interface Messages {
  readonly timeline: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly zoomToFit: string;
  readonly close: string;
  readonly link: string;
  readonly empty: string;
  readonly loading: string;
  /** Between the parts of an accessible name: ", ", "、", "، ". */
  readonly sep: string;
  wheelHint(modifier: string): string;
  events(n: number): string;
  cluster(n: number, span: string): string;
  visibleRange(span: string): string;
  problems(n: number): string;
  /** A count of what is not shown, in the reader's digits: "+3", "+۳". */
  more(n: number): string;
}

type Catalog = Partial<MessageCatalog>;

/** The order of a language's strings in `catalog`. */
const KEYS =
  'timeline zoomIn zoomOut zoomToFit close link wheelHint events cluster visibleRange problems empty loading ctrl sep'.split(
    ' ',
  ) as (keyof MessageCatalog)[];

/*
 * One array per language, in the order of KEYS, to keep the bundle small (every byte here is sent to every reader).
 * Counts (`events`, `problems`) are one string, or forms per plural category: "one:{n} событие;few:…;{n} события",
 * the last one `other`. An empty or missing string falls back to English.
 */
const catalog: Record<string, readonly string[]> = {
  en: [
    'Timeline',
    'Zoom in',
    'Zoom out',
    'Show all events',
    'Close',
    'Read more',
    'Use {key} + scroll to zoom the timeline',
    'one:{n} event;{n} events',
    '{events}, {span}. Activate to see them.',
    'Showing {span}',
    'one:{n} problem in the timeline data;{n} problems in the timeline data',
    'No events to show.',
    'Loading the timeline…',
  ],
  fr: [
    'Chronologie',
    'Zoomer',
    'Dézoomer',
    'Afficher tous les événements',
    'Fermer',
    'En savoir plus',
    'Utilisez {key} + molette pour zoomer sur la chronologie',
    'one:{n} événement;{n} événements',
    '{events}, {span}. Activer pour les voir.',
    'Période affichée : {span}',
    'one:{n} problème dans les données;{n} problèmes dans les données',
    'Aucun événement à afficher.',
    'Chargement de la chronologie…',
  ],
  de: [
    'Zeitleiste',
    'Vergrößern',
    'Verkleinern',
    'Alle anzeigen',
    'Schließen',
    'Mehr erfahren',
    '{key} + Mausrad zum Zoomen',
    'one:{n} Ereignis;{n} Ereignisse',
    '{events}, {span}. Zum Anzeigen aktivieren.',
    'Angezeigt: {span}',
    'Probleme in den Daten: {n}',
    'Keine Ereignisse.',
    'Wird geladen…',
    'Strg',
  ],
  es: [
    'Cronología',
    'Acercar',
    'Alejar',
    'Mostrar todo',
    'Cerrar',
    'Más información',
    '{key} + rueda para hacer zoom',
    'one:{n} evento;{n} eventos',
    '{events}, {span}. Activar para verlos.',
    'Periodo mostrado: {span}',
    'Problemas en los datos: {n}',
    'No hay eventos.',
    'Cargando…',
  ],
  it: [
    'Cronologia',
    'Ingrandisci',
    'Riduci',
    'Mostra tutto',
    'Chiudi',
    'Scopri di più',
    '{key} + rotellina per lo zoom',
    'one:{n} evento;{n} eventi',
    '{events}, {span}. Attiva per vederli.',
    'Periodo visualizzato: {span}',
    'Problemi nei dati: {n}',
    'Nessun evento.',
    'Caricamento…',
  ],
  pt: [
    'Cronologia',
    'Ampliar',
    'Reduzir',
    'Mostrar tudo',
    'Fechar',
    'Mais informações',
    '{key} + roda para ampliar',
    'one:{n} evento;{n} eventos',
    '{events}, {span}. Ative para vê-los.',
    'Período mostrado: {span}',
    'Problemas nos dados: {n}',
    'Nenhum evento.',
    'Carregando…',
  ],
  ru: [
    'Хронология',
    'Увеличить',
    'Уменьшить',
    'Показать все',
    'Закрыть',
    'Подробнее',
    'Масштаб: {key} + колесо',
    'one:{n} событие;few:{n} события;many:{n} событий;{n} события',
    '{events}, {span}. Нажмите, чтобы посмотреть.',
    'Показан период: {span}',
    'Проблемы в данных: {n}',
    'Нет событий.',
    'Загрузка…',
  ],
  uk: [
    'Хронологія',
    'Збільшити',
    'Зменшити',
    'Показати все',
    'Закрити',
    'Докладніше',
    'Масштаб: {key} + коліщатко',
    'one:{n} подія;few:{n} події;many:{n} подій;{n} події',
    '{events}, {span}. Натисніть, щоб переглянути.',
    'Показано період: {span}',
    'Проблеми в даних: {n}',
    'Немає подій.',
    'Завантаження…',
  ],
  tr: [
    'Zaman çizelgesi',
    'Yakınlaştır',
    'Uzaklaştır',
    'Tümünü göster',
    'Kapat',
    'Devamını oku',
    'Yakınlaştırma: {key} + tekerlek',
    '{n} olay',
    '{events}, {span}. Görmek için etkinleştirin.',
    'Gösterilen dönem: {span}',
    'Verilerde {n} sorun',
    'Olay yok.',
    'Yükleniyor…',
  ],
  az: [
    'Xronologiya',
    'Böyüt',
    'Kiçilt',
    'Hamısını göstər',
    'Bağla',
    'Ətraflı',
    'Miqyas: {key} + təkər',
    '{n} hadisə',
    '{events}, {span}. Baxmaq üçün basın.',
    'Göstərilən dövr: {span}',
    'Verilənlərdə {n} problem',
    'Hadisə yoxdur.',
    'Yüklənir…',
  ],
  hy: [
    'Ժամանակագրություն',
    'Մեծացնել',
    'Փոքրացնել',
    'Ցույց տալ բոլորը',
    'Փակել',
    'Ավելին',
    'Մասշտաբ՝ {key} + անիվ',
    '{n} իրադարձություն',
    '{events}, {span}։ Սեղմեք՝ դիտելու համար։',
    'Ցուցադրվում է՝ {span}',
    'Տվյալներում կա {n} խնդիր',
    'Իրադարձություններ չկան։',
    'Բեռնվում է…',
  ],
  ka: [
    'ქრონოლოგია',
    'გადიდება',
    'დაპატარავება',
    'ყველას ჩვენება',
    'დახურვა',
    'დაწვრილებით',
    'მასშტაბი: {key} + ბორბალი',
    '{n} მოვლენა',
    '{events}, {span}. დააჭირეთ სანახავად.',
    'ნაჩვენებია: {span}',
    '{n} პრობლემა მონაცემებში',
    'მოვლენები არ არის.',
    'იტვირთება…',
  ],
  ar: [
    'الخط الزمني',
    'تكبير',
    'تصغير',
    'عرض الكل',
    'إغلاق',
    'اقرأ المزيد',
    'للتكبير: {key} + العجلة',
    'one:حدث واحد;two:حدثان;few:{n} أحداث;many:{n} حدثًا;{n} حدث',
    '{events}، {span}. اضغط لعرضها.',
    'الفترة المعروضة: {span}',
    'مشكلات في البيانات: {n}',
    'لا توجد أحداث.',
    'جارٍ التحميل…',
    '',
    // Intl's Arabic list joins with "و" (and), not a bare separator.
    '، ',
  ],
  fa: [
    'خط زمانی',
    'بزرگ‌نمایی',
    'کوچک‌نمایی',
    'نمایش همه',
    'بستن',
    'بیشتر بخوانید',
    'بزرگ‌نمایی: {key} + چرخ',
    '{n} رویداد',
    '{events}، {span}. برای دیدن آن‌ها کلیک کنید.',
    'بازهٔ نمایش: {span}',
    'مشکلات داده‌ها: {n}',
    'رویدادی نیست.',
    'در حال بارگذاری…',
  ],
  he: [
    'ציר זמן',
    'הגדלה',
    'הקטנה',
    'הצגת הכול',
    'סגירה',
    'מידע נוסף',
    'זום: {key} + גלגלת',
    'one:אירוע אחד;two:שני אירועים;{n} אירועים',
    '{events}, {span}. יש ללחוץ כדי להציג.',
    'מוצג: {span}',
    'בעיות בנתונים: {n}',
    'אין אירועים.',
    'בטעינה…',
  ],
  zh: [
    '时间线',
    '放大',
    '缩小',
    '显示全部',
    '关闭',
    '了解更多',
    '{key} + 滚轮缩放',
    '{n} 个事件',
    '{events}，{span}。点击查看。',
    '显示范围：{span}',
    '数据中有 {n} 个问题',
    '没有事件。',
    '加载中…',
  ],
  ja: [
    'タイムライン',
    '拡大',
    '縮小',
    'すべて表示',
    '閉じる',
    '詳細を見る',
    '{key} + ホイールで拡大・縮小',
    '{n} 件の出来事',
    '{events}、{span}。選択すると表示されます。',
    '表示期間：{span}',
    'データの問題：{n} 件',
    '出来事はありません。',
    '読み込み中…',
  ],
  ko: [
    '타임라인',
    '확대',
    '축소',
    '모두 보기',
    '닫기',
    '자세히 보기',
    '{key} + 휠로 확대/축소',
    '이벤트 {n}개',
    '{events}, {span}. 눌러서 확인하세요.',
    '표시 기간: {span}',
    '데이터 문제 {n}개',
    '이벤트가 없습니다.',
    '불러오는 중…',
  ],
};

/** A language's strings as a catalogue, its counts split into plural forms. */
function unpack(row: readonly string[] = []): Catalog {
  const c: Record<string, PluralMessage> = {};
  row.forEach((text, i) => {
    if (!text) return;
    if (!/^(zero|one|two|few|many):/.test(text)) {
      c[KEYS[i]] = text;
      return;
    }
    const forms: Record<string, string> = {};
    for (const form of text.split(';')) {
      const [, category = 'other', value = form] = /^(zero|one|two|few|many):(.*)$/s.exec(form) ?? [];
      forms[category] = value;
    }
    c[KEYS[i]] = forms as PluralMessage;
  });
  return c;
}

/** The languages the catalogue holds. */
export const LANGUAGES: readonly string[] = Object.keys(catalog);

/** Text that ends a sentence (or an abbreviation: "г.", "թ."), after which a template's "." would be doubled. */
const ENDS_SENTENCE = /[.!?…。！？؟։]$/u;

/**
 * Fills `{name}` placeholders. A "." right after a placeholder is dropped when the value already ends a sentence
 * or an abbreviation: a date never gets a full stop glued on without looking at its end.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (_, name: string, dot: string) => {
    const value = values[name] ?? '';
    return dot && ENDS_SENTENCE.test(value) ? value : value + dot;
  });
}

/** An Intl object for `locale`, or for English when the tag is not valid BCP 47. */
function intl<T>(make: (locale: string) => T, locale: string): T {
  try {
    return make(locale);
  } catch {
    return make('en');
  }
}

/** The separator of the locale's lists ("a, b and c" → ", "), unless it carries a word. */
function listSeparator(locale: string): string {
  const parts = globalThis.Intl?.ListFormat
    ? intl((l) => new Intl.ListFormat(l), locale).formatToParts(['a', 'b', 'c'])
    : [];
  const sep = parts.find((p) => p.type === 'literal')?.value;
  return sep && !/\p{L}/u.test(sep) ? sep : ', ';
}

const compiled = new Map<string, Messages>();

/**
 * Messages for a BCP 47 locale: the page's `overrides` for the whole tag, then for its language, then our
 * catalogue for the language (`hy-AM` → `hy`), then the page's English and ours, key by key.
 */
export function messagesFor(locale: string, overrides?: MessageOverrides): Messages {
  const tag = String(locale).toLowerCase();
  if (!overrides && compiled.has(tag)) return compiled.get(tag) as Messages;
  const lang = language(tag);
  const page: Record<string, Catalog> = {};
  for (const [key, value] of Object.entries(overrides ?? {})) page[key.toLowerCase()] = value;
  const c = Object.assign(unpack(catalog.en), page.en, unpack(catalog[lang]), page[lang], page[tag]) as MessageCatalog;
  const numbers = intl((l) => new Intl.NumberFormat(l), locale);
  const rules = intl((l) => new Intl.PluralRules(l), locale);
  const count = (message: PluralMessage, n: number) =>
    fill(typeof message === 'string' ? message : (message[rules.select(n)] ?? message.other), {
      n: numbers.format(n),
    });
  const m: Messages = {
    ...(c as Omit<MessageCatalog, 'events' | 'problems'>),
    sep: c.sep ?? listSeparator(locale),
    wheelHint: (key) => fill(c.wheelHint, { key: key === 'Ctrl' ? (c.ctrl ?? key) : key }),
    events: (n) => count(c.events, n),
    cluster: (n, span) => fill(c.cluster, { events: count(c.events, n), span }),
    visibleRange: (span) => fill(c.visibleRange, { span }),
    problems: (n) => count(c.problems, n),
    more: (n) => `+${numbers.format(n)}`,
  };
  if (!overrides) compiled.set(tag, m);
  return m;
}
