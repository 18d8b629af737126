// A deterministic multilingual help-centre corpus and a labelled query set, for tests/bench/search.bench.mjs.
//
// Each language has everyday help-centre words (with their diacritics) and three "anchor" articles whose
// title is the answer to a family of queries: the title as typed (exact), cut off while typing (prefix),
// with one typo, without diacritics, and in other inflected forms. Distractors make the ranking matter:
// every anchor word also appears in many other titles and bodies, and "near misses" carry all but one
// anchor word in their title and the whole anchor phrase in their body.

/** Seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Vietnamese words are several syllables, so every list is comma-separated.
const LANGUAGES = {
  en: {
    words:
      'the,and,to,of,your,you,can,in,for,on,with,this,that,is,are,be,will,from,by,at,or,an,as,it,if,when,after,' +
      'before,then,select,click,open,page,menu,button,option,choose,save,change,account,user,team,project,file,' +
      'report,data,email,message,profile,access,admin,role,permission,workspace,dashboard,export,import,upload,' +
      'share,link,folder,document,list,view,search,filter,sort,date,time,plan,subscription,payment,card,price,' +
      'tax,order,customer,product,integration,calendar,notification,security,login,device,mobile,browser,app,' +
      'language,region,currency,template,field,form,contact,support,guide,step,error,problem,issue,version,' +
      'feature,review,approve,delete,archive,restore,history,activity,chart,table,column,row,important,new,' +
      'later,earlier,every,all,own,which,easily,quickly,because,also,more,less,environment,work,source,company,' +
      'task,members,files,reports,messages,permissions,customers,products,orders,teams,projects,devices',
    topics:
      'reset,resets,resetting,password,passwords,download,downloads,downloading,invoice,invoices,pdf,update,' +
      'updates,updated,updating,billing,bill,bills,settings,setting,account,accounts,email,notifications,' +
      'payment,card,cards,language,export,report',
    anchors: [
      { title: 'Reset your password', inflected: 'resetting passwords' },
      { title: 'Download an invoice as PDF', inflected: 'downloading invoices pdf' },
      { title: 'Updating billing settings', inflected: 'update bill setting' },
    ],
  },
  pl: {
    words:
      'i,w,na,z,do,się,że,jest,nie,to,jak,aby,lub,oraz,po,przed,przez,dla,od,jeśli,gdy,kliknij,wybierz,otwórz,' +
      'zapisz,zmień,użytkownik,zespół,projekt,plik,wiadomość,profil,ustawienia,dostęp,administrator,rola,' +
      'uprawnienia,panel,eksport,import,prześlij,pobierz,udostępnij,link,folder,dokument,lista,widok,' +
      'wyszukiwanie,filtr,sortowanie,data,czas,plan,subskrypcja,rozliczenia,cena,podatek,zamówienie,klient,' +
      'produkt,integracja,kalendarz,powiadomienie,bezpieczeństwo,logowanie,urządzenie,telefon,przeglądarka,' +
      'aplikacja,język,region,waluta,szablon,pole,formularz,kontakt,pomoc,przewodnik,krok,błąd,problem,' +
      'aktualizacja,wersja,funkcja,przegląd,zatwierdź,usuń,archiwum,przywróć,historia,aktywność,wykres,tabela,' +
      'kolumna,wiersz,ważne,możesz,należy,strona,przycisk,menu,opcja,nowy,następnie,później,wcześniej,każdy,' +
      'wszystkie,żaden,swój,twój,twoje,który,która,które,można,trzeba,będzie,został,została,łatwo,szybko,dzięki,' +
      'ponieważ,również,więcej,mniej,środowisko,współpraca,użytkowników,plików,wiadomości,ustawień,dostępu,' +
      'zadanie,firma,źródłem,ścieżka,żądanie,ćwiczenie,łącze',
    topics:
      'hasło,hasła,hasłem,haśle,konto,konta,kontem,koncie,zmiana,zmiany,zmienić,źródło,źródła,dane,danych,' +
      'danymi,raport,raporty,raportach,raportu,płatność,płatności,karta,kartą,karty,kredytowa,kredytową,' +
      'kredytowej,faktura,faktury',
    anchors: [
      { title: 'Zmiana hasła do konta', inflected: 'zmiana hasło konto' },
      { title: 'Źródło danych w raportach', inflected: 'źródła dane raport' },
      { title: 'Płatność kartą kredytową', inflected: 'płatności karta kredytowa' },
    ],
  },
  ru: {
    words:
      'и,в,на,с,к,по,для,от,до,из,что,как,это,не,вы,ваш,ваша,ваши,можно,нужно,если,когда,после,перед,затем,' +
      'нажмите,выберите,откройте,сохраните,измените,аккаунт,пользователь,команда,проект,файл,отчёт,данные,' +
      'сообщение,профиль,доступ,администратор,роль,права,панель,экспорт,импорт,загрузите,скачайте,ссылка,' +
      'папка,документ,список,вид,поиск,фильтр,сортировка,дата,время,тариф,подписка,счёт,цена,налог,заказ,' +
      'клиент,продукт,интеграция,календарь,безопасность,вход,устройство,телефон,браузер,приложение,язык,' +
      'регион,валюта,шаблон,поле,форма,контакт,помощь,руководство,шаг,ошибка,проблема,обновление,версия,' +
      'функция,проверка,подтвердите,удалите,архив,история,активность,график,таблица,столбец,строка,важно,' +
      'страница,кнопка,меню,вариант,новый,потом,раньше,каждый,все,свой,который,которая,которые,будет,был,' +
      'была,было,легко,быстро,благодаря,потому,также,больше,меньше,среда,работа,участие,пользователей,файлов,' +
      'отчётов,данных,сообщений,доступа,ещё,её,всё,задача,компания,источник,объём,путь',
    topics:
      'восстановление,восстановить,пароль,пароля,паролем,учётная,учётной,учётную,запись,записи,настройка,' +
      'настройки,настроек,уведомления,уведомлений,уведомление,электронная,электронной,почта,почте,почты,' +
      'оплата,оплаты,банковская,банковской,карта,картой,карты',
    anchors: [
      { title: 'Восстановление пароля учётной записи', inflected: 'восстановление пароль учётная запись' },
      {
        title: 'Настройка уведомлений по электронной почте',
        inflected: 'настройки уведомления электронная почта',
      },
      { title: 'Оплата банковской картой', inflected: 'оплата банковская карта' },
    ],
  },
  lt: {
    words:
      'ir,į,su,iš,ant,per,už,prie,kad,kaip,tai,ne,jūs,jūsų,galite,reikia,jei,kai,po,prieš,tada,spustelėkite,' +
      'pasirinkite,atidarykite,išsaugokite,pakeiskite,paskyra,komanda,projektas,failas,ataskaita,duomenys,' +
      'žinutė,profilis,nustatymai,prieiga,administratorius,vaidmuo,teisės,skydelis,eksportas,importas,' +
      'įkelkite,atsisiųskite,bendrinkite,nuoroda,aplankas,dokumentas,sąrašas,vaizdas,paieška,filtras,' +
      'rikiavimas,data,laikas,planas,prenumerata,kaina,mokestis,užsakymas,klientas,produktas,integracija,' +
      'kalendorius,pranešimas,saugumas,prisijungimas,slaptažodis,įrenginys,telefonas,naršyklė,programėlė,' +
      'kalba,regionas,valiuta,šablonas,laukas,forma,kontaktas,pagalba,vadovas,žingsnis,klaida,problema,' +
      'atnaujinimas,versija,funkcija,peržiūra,patvirtinkite,ištrinkite,archyvas,atkurkite,istorija,veikla,' +
      'diagrama,lentelė,stulpelis,eilutė,svarbu,puslapis,mygtukas,meniu,parinktis,vėliau,anksčiau,kiekvienas,' +
      'visi,savo,kuris,kuri,kurie,bus,buvo,lengvai,greitai,dėka,nes,taip,pat,daugiau,mažiau,aplinka,darbas,' +
      'dalyvavimas,failų,ataskaitų,duomenų,žinučių,nustatymų,prieigos,šaltinis,įmonė,užduotis',
    topics:
      'sąskaita,sąskaitos,sąskaitą,sąskaitų,faktūra,faktūros,faktūrą,atsisiuntimas,atsisiuntimo,naujas,naujo,' +
      'naują,naudotojas,naudotojo,naudotoją,naudotojų,pridėjimas,mokėjimas,mokėjimo,mokėjimą,kortelė,' +
      'kortelės,kortelę,keitimas,keitimo,keitimą',
    anchors: [
      { title: 'Sąskaitos faktūros atsisiuntimas', inflected: 'sąskaitą faktūrą' },
      { title: 'Naujo naudotojo pridėjimas', inflected: 'naujas naudotojas' },
      { title: 'Mokėjimo kortelės keitimas', inflected: 'mokėjimas kortelė' },
    ],
  },
  ro: {
    words:
      'și,în,pe,cu,la,de,din,pentru,că,cum,este,nu,dumneavoastră,puteți,trebuie,dacă,când,după,înainte,apoi,' +
      'faceți,clic,selectați,deschideți,salvați,modificați,utilizator,echipă,proiect,raport,date,mesaj,profil,' +
      'setări,acces,administrator,rol,permisiuni,panou,export,import,încărcați,descărcați,partajați,link,dosar,' +
      'document,listă,vizualizare,căutare,filtru,sortare,dată,timp,plan,abonament,plată,card,preț,taxă,' +
      'comandă,client,produs,integrare,calendar,notificare,securitate,autentificare,dispozitiv,telefon,' +
      'browser,aplicație,limbă,regiune,monedă,șablon,câmp,formular,contact,ajutor,ghid,pas,eroare,problemă,' +
      'actualizare,versiune,funcție,revizuire,aprobați,arhivă,restaurați,istoric,activitate,grafic,tabel,' +
      'coloană,rând,important,pagină,buton,meniu,opțiune,nou,târziu,anterior,fiecare,toate,propriu,care,va,' +
      'fost,ușor,rapid,datorită,deoarece,asemenea,mult,puțin,mediu,lucru,participare,utilizatorilor,' +
      'rapoartelor,datelor,mesajelor,setărilor,accesului,sursă,țară,întreprindere,sarcină',
    topics:
      'descărcarea,descărcare,descărcați,factura,factură,facturii,facturile,facturilor,schimbarea,schimbare,' +
      'parola,parolă,parolei,cont,contul,contului,ștergerea,ștergere,fișier,fișiere,fișierelor,fișierul,vechi,' +
      'veche',
    anchors: [
      { title: 'Descărcarea facturii', inflected: 'descărcare factură' },
      { title: 'Schimbarea parolei contului', inflected: 'schimbare parolă cont' },
      { title: 'Ștergerea fișierelor vechi', inflected: 'ștergere fișiere vechi' },
    ],
  },
  vi: {
    words:
      'và,trong,trên,với,đến,của,từ,cho,rằng,như,là,không,bạn,có thể,cần,nếu,khi,sau,trước,sau đó,nhấp,chọn,mở,' +
      'lưu,tài khoản,người dùng,nhóm,dự án,tệp,báo cáo,dữ liệu,tin nhắn,hồ sơ,cài đặt,quyền,truy cập,' +
      'quản trị viên,vai trò,bảng điều khiển,xuất,nhập,tải lên,chia sẻ,liên kết,thư mục,tài liệu,danh sách,xem,' +
      'tìm kiếm,bộ lọc,sắp xếp,ngày,thời gian,gói,đăng ký,thanh toán,thẻ,giá,thuế,đơn hàng,khách hàng,' +
      'sản phẩm,tích hợp,lịch,thông báo,bảo mật,đăng nhập,thiết bị,điện thoại,trình duyệt,ứng dụng,khu vực,' +
      'tiền tệ,mẫu,trường,biểu mẫu,liên hệ,trợ giúp,hướng dẫn,bước,lỗi,vấn đề,cập nhật,phiên bản,tính năng,' +
      'xem xét,phê duyệt,xóa,lưu trữ,khôi phục,lịch sử,hoạt động,biểu đồ,bảng,cột,hàng,quan trọng,trang,nút,' +
      'tùy chọn,mới,sau này,trước đây,mỗi,tất cả,riêng,mà,sẽ,đã,dễ dàng,nhanh chóng,nhờ,vì,cũng,nhiều hơn,' +
      'ít hơn,môi trường,công việc,tham gia,nguồn,công ty,nhiệm vụ,được,những,các,một,này,để,hệ thống',
    topics:
      'đặt,lại,mật khẩu,đặt lại,tải xuống,hóa đơn,thay đổi,ngôn ngữ,hiển thị,mật,khẩu,tải,xuống,hóa,đơn',
    anchors: [
      // Vietnamese does not inflect: its "inflected" queries carry the wrong or the old-style tone marks.
      { title: 'Đặt lại mật khẩu', inflected: 'đạt lại mât khấu' },
      { title: 'Tải xuống hóa đơn', inflected: 'tải xuống hoá đơn' },
      { title: 'Thay đổi ngôn ngữ hiển thị', inflected: 'thay dổi ngôn ngũ hiển thị' },
    ],
  },
};

export const LANGS = Object.keys(LANGUAGES);

const list = (s) => s.split(',');
const SPECIAL = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };
/** What someone typing without diacritics produces (also the Cyrillic ё → е habit). */
export const stripMarks = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, (m, i, all) => (m === '\u0306' && /[иИ]/.test(all[i - 1]) ? m : ''))
    .normalize('NFC')
    .replace(/[łŁđĐ]/g, (c) => SPECIAL[c]);
const words = (s) => s.split(/\s+/).filter(Boolean);
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const QWERTY = 'qwertyuiopasdfghjklzxcvbnm';

/** One deterministic typo: substitution, transposition, deletion or insertion, cycling by `n`. */
function typo(word, n) {
  const chars = [...word];
  const p = Math.max(1, Math.floor(chars.length / 2));
  const kind = n % 4;
  if (kind === 0 && QWERTY.includes(chars[p].toLowerCase())) {
    chars[p] = QWERTY[(QWERTY.indexOf(chars[p].toLowerCase()) + 1) % QWERTY.length];
  } else if (kind === 2 && chars.length >= 6) {
    chars.splice(p, 1);
  } else if (kind === 3) {
    chars.splice(p, 0, chars[p]);
  } else {
    [chars[p - 1], chars[p]] = [chars[p], chars[p - 1]];
  }
  return chars.join('');
}

/** Query families for every anchor: each query expects its anchor article in the top results. */
export function makeQueries() {
  const queries = [];
  let n = 0;
  for (const lang of LANGS) {
    LANGUAGES[lang].anchors.forEach((anchor, i) => {
      const expect = `${lang}-anchor-${i}`;
      const t = words(anchor.title.toLowerCase());
      const add = (kind, q) => queries.push({ q, expect, lang, kind });
      add('exact', t.join(' '));
      const last = t.findLastIndex((w) => [...w].length >= 3);
      const cut = [...t[last]].slice(0, Math.max(2, Math.ceil([...t[last]].length * 0.6))).join('');
      add('prefix', [...t.slice(0, last), cut].join(' '));
      const longest = t.reduce((a, w, j) => ([...w].length > [...t[a]].length ? j : a), 0);
      add('typo', t.map((w, j) => (j === longest ? typo(w, n++) : w)).join(' '));
      if (stripMarks(t.join(' ')) === t.join(' ')) {
        // No diacritics to drop (English, some titles): a second typo, in another word, instead.
        const other = t.reduce(
          (a, w, j) => (j !== longest && [...w].length > [...(t[a] ?? '')].length ? j : a),
          -1,
        );
        add('typo', t.map((w, j) => (j === other ? typo(w, n++) : w)).join(' '));
      } else {
        add('no-diacritics', stripMarks(t.join(' ')));
      }
      add(lang === 'vi' ? 'tone-marks' : 'inflected', anchor.inflected);
    });
  }
  return queries;
}

/** Deterministic corpus of `size` articles (at least the 18 anchors), `size / 6` per language. */
export function makeCorpus(size, seed = 20240601) {
  const random = rng(seed + size);
  const pick = (a) => a[Math.floor(random() * a.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const articles = [];
  const docs = [];
  const nearMisses = Math.max(3, Math.round(size / 250));
  // Anchor word sets, by their first four folded letters (a crude stem), so no random title answers an anchor query.
  const key = (w) => stripMarks(w.toLowerCase()).slice(0, 4);
  const anchorKeys = {};
  for (const lang of LANGS) {
    // A title answering the anchor, or its inflected query, would make the label ambiguous.
    anchorKeys[lang] = LANGUAGES[lang].anchors.flatMap((a) =>
      [a.title, a.inflected].map((t) => new Set(words(t).map(key))),
    );
  }
  // Real titles do not repeat a word.
  const unique = (parts) => {
    const all = parts.flatMap(words);
    return all.filter((w, i) => !all.slice(0, i).some((v) => key(v) === key(w)));
  };
  const coversAnchor = (lang, title) => {
    const k = new Set(words(title).map(key));
    return anchorKeys[lang].some((a) => [...a].every((w) => k.has(w)));
  };

  const sentence = (L, extra) => {
    const out = [];
    const n = int(7, 15);
    for (let i = 0; i < n; i++) out.push(random() < 0.25 ? pick(L.topics) : pick(L.words));
    if (extra) out.splice(int(0, out.length), 0, extra);
    return out;
  };

  /** ~300 words as Markdown or HTML, and the same words as plain text for the other engines. */
  const body = (L, html, phrase) => {
    const md = [];
    const text = [];
    let count = 0;
    let para = [];
    const flush = () => {
      if (!para.length) return;
      const s = para.join(' ');
      md.push(html ? `<p>${s}</p>` : s);
      para = [];
    };
    const phraseAt = phrase ? int(3, 15) : -1;
    for (let s = 0; count < 290; s++) {
      if (s % 8 === 0) {
        flush();
        const h = cap(sentence(L).slice(0, 3).join(' '));
        md.push(html ? `<h2>${h}</h2>` : `## ${h}`);
        text.push(h);
        count += 3;
      }
      if (s === 5) {
        flush();
        const items = [0, 1, 2].map(() => sentence(L).slice(0, 5).join(' '));
        md.push(
          html
            ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`
            : items.map((i) => `- ${i}`).join('\n'),
        );
        text.push(...items);
        count += 15;
      }
      const w = sentence(L, s === phraseAt ? phrase : undefined);
      const plainSentence = cap(`${w.join(' ')}.`);
      text.push(plainSentence);
      count += w.length;
      if (s % 6 === 2) w[1] = html ? `<strong>${w[1]}</strong>` : `**${w[1]}**`;
      if (s % 9 === 4)
        w[2] = html
          ? `<a href="https://example.com/${s}">${w[2]}</a>`
          : `[${w[2]}](https://example.com/${s})`;
      para.push(cap(`${w.join(' ')}.`));
      if (s % 4 === 3) flush();
    }
    flush();
    return { markup: md.join('\n\n'), text: text.join(' ') };
  };

  const article = (lang, id, title, phrase) => {
    const L = LANGUAGES[lang].L;
    const html = random() < 0.2;
    const { markup, text } = body(L, html, phrase);
    // The long tail real help centres have (names, codes, rare words) makes the dictionary realistically large.
    const tail = Array.from(
      { length: 6 },
      () => pick(L.words).slice(0, 4) + pick(L.topics).slice(-3) + int(0, 99),
    );
    const bodyText = `${text} ${tail.join(' ')}.`;
    const bodyMarkup = `${markup}\n\n${tail.join(' ')}.`;
    // A summary and tags describe the article's own subject, as in a real help centre.
    const own = words(title.toLowerCase());
    const summary = cap(`${sentence(L, own.join(' ')).join(' ')}.`);
    const a = {
      id,
      title,
      summary,
      body: bodyMarkup,
      format: html ? 'html' : 'markdown',
      locale: lang,
      category: `${lang}-${int(1, 8)}`,
      tags: [pick(own), pick(L.words)],
    };
    let transcript = '';
    if (random() < 0.1) {
      const lines = [0, 1, 2, 3, 4].map((i) => ({ at: i * 15, text: cap(sentence(L).join(' ')) }));
      a.video = {
        provider: 'youtube',
        src: `https://www.youtube-nocookie.com/embed/${id}`,
        transcript: lines,
      };
      transcript = lines.map((l) => l.text).join(' ');
    }
    // Romanian text in the wild still uses the legacy cedilla letters ş and ţ.
    if (lang === 'ro' && random() < 0.3) {
      for (const k of ['title', 'summary', 'body'])
        a[k] = a[k].replace(/ș/g, 'ş').replace(/ț/g, 'ţ').replace(/Ș/g, 'Ş');
    }
    articles.push(a);
    docs.push({ id, title: a.title, body: `${a.summary} ${bodyText} ${transcript}`.trim() });
  };

  for (const lang of LANGS) {
    const L = { words: list(LANGUAGES[lang].words), topics: list(LANGUAGES[lang].topics) };
    LANGUAGES[lang].L = L;
  }
  // Anchors first, then near misses, then filler; shuffled by a deterministic permutation at the end.
  LANGS.forEach((lang) => {
    const L = LANGUAGES[lang].L;
    LANGUAGES[lang].anchors.forEach((anchor, i) => {
      article(lang, `${lang}-anchor-${i}`, anchor.title, anchor.title.toLowerCase());
      const t = words(anchor.title);
      for (let k = 0; k < nearMisses; k++) {
        // Drop a content word: without a short function word ("w", "do") the title still answers the query.
        const content = t.map((w, j) => ([...w].length > 2 ? j : -1)).filter((j) => j >= 0);
        const drop = content[k % content.length];
        const kept = t.filter((_, j) => j !== drop);
        const title = cap(
          unique([...kept, pick(L.topics), pick(L.words)])
            .join(' ')
            .toLowerCase(),
        );
        if (coversAnchor(lang, title)) continue;
        article(lang, `${lang}-near-${i}-${k}`, title, anchor.title.toLowerCase());
      }
    });
  });
  for (let n = 0; articles.length < size; n++) {
    const lang = LANGS[n % LANGS.length];
    const L = LANGUAGES[lang].L;
    let title;
    do {
      const parts = [
        pick(L.topics),
        pick(L.words),
        ...(random() < 0.5 ? [pick(L.topics)] : []),
        pick(L.words),
      ];
      title = cap(unique(parts).join(' '));
    } while (coversAnchor(lang, title));
    article(lang, `${lang}-${n}`, title);
  }
  const order = articles.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  // A JSON round trip, as a fetched feed would have: flat strings, so that no engine pays for flattening the
  // generator's concatenated ones.
  return JSON.parse(
    JSON.stringify({
      feed: { version: 1, articles: order.map((i) => articles[i]) },
      docs: order.map((i) => docs[i]),
      queries: makeQueries(),
    }),
  );
}
