/**
 * Ledgerly's demo data: a small invoicing business. Dates are relative to today so the dashboard
 * always looks current. Invoices created in the demo are kept for the tab's session.
 */

const DAY = 24 * 60 * 60 * 1000;
const STORAGE_KEY = 'ledgerly:created-invoices';

export const company = {
  name: 'Maple & Finch Design Co.',
  address: ['221 Harbor Street, Suite 4', 'Portland, OR 97204', 'United States'],
  email: 'billing@maplefinch.example',
  taxId: 'US EIN 84-3920117',
};

export const currentUser = {
  name: 'Maya Chen',
  initials: 'MC',
  email: 'maya@maplefinch.example',
  role: 'Admin',
};

export const customers = [
  {
    id: 'cus_northwind',
    name: 'Northwind Traders',
    contact: 'Olivia Park',
    email: 'ap@northwind.example',
    country: 'United States',
    taxId: '',
  },
  {
    id: 'cus_bluebird',
    name: 'Bluebird Studio sp. z o.o.',
    contact: 'Zofia Wójcik',
    email: 'faktury@bluebird.example',
    country: 'Poland',
    taxId: 'PL7792433421',
  },
  {
    id: 'cus_kestrel',
    name: 'Kestrel Logistics GmbH',
    contact: 'Jonas Becker',
    email: 'rechnungen@kestrel.example',
    country: 'Germany',
    taxId: 'DE811907980',
  },
  {
    id: 'cus_acme',
    name: 'Acme Robotics',
    contact: 'Sam Rivera',
    email: 'finance@acme-robotics.example',
    country: 'United States',
    taxId: '',
  },
  {
    id: 'cus_saigon',
    name: 'Saigon Roastery',
    contact: 'Nguyễn Thu Hà',
    email: 'ketoan@saigonroastery.example',
    country: 'Vietnam',
    taxId: '0316794521',
  },
  {
    id: 'cus_vilnius',
    name: 'Vilnius Tech Hub UAB',
    contact: 'Rūta Kazlauskienė',
    email: 'saskaitos@vilniushub.example',
    country: 'Lithuania',
    taxId: 'LT100009876512',
  },
  {
    id: 'cus_carpathian',
    name: 'Carpathian Outdoor SRL',
    contact: 'Andrei Popescu',
    email: 'facturi@carpathian.example',
    country: 'Romania',
    taxId: 'RO31245678',
  },
  {
    id: 'cus_greenleaf',
    name: 'Greenleaf Dental',
    contact: 'Dr. Priya Natarajan',
    email: 'office@greenleafdental.example',
    country: 'United States',
    taxId: '',
  },
];

/** [number, customer id, issued days ago, net days, status, currency, line items [description, qty, unit price]] */
const SEED = [
  [
    'INV-1044',
    'cus_acme',
    1,
    30,
    'draft',
    'USD',
    [
      ['Product launch landing page', 1, 4200],
      ['Illustration set (6)', 6, 180],
    ],
  ],
  [
    'INV-1043',
    'cus_saigon',
    3,
    14,
    'sent',
    'USD',
    [
      ['Packaging redesign — round 2', 1, 1850],
      ['Print-ready files', 1, 240],
    ],
  ],
  [
    'INV-1042',
    'cus_bluebird',
    6,
    14,
    'sent',
    'EUR',
    [
      ['Brand identity workshop', 2, 950],
      ['Logo system & guidelines', 1, 2400],
      ['Stationery templates', 3, 120],
    ],
  ],
  ['INV-1041', 'cus_northwind', 12, 30, 'paid', 'USD', [['Quarterly retainer — design support', 1, 6000]]],
  [
    'INV-1040',
    'cus_kestrel',
    19,
    14,
    'overdue',
    'EUR',
    [
      ['Fleet livery concepts', 1, 3200],
      ['Vehicle mock-ups', 4, 150],
    ],
  ],
  [
    'INV-1039',
    'cus_vilnius',
    23,
    30,
    'paid',
    'EUR',
    [
      ['Event signage', 12, 45],
      ['Speaker slides template', 1, 680],
    ],
  ],
  ['INV-1038', 'cus_greenleaf', 28, 30, 'paid', 'USD', [['Website refresh — phase 1', 1, 5400]]],
  [
    'INV-1037',
    'cus_carpathian',
    34,
    21,
    'overdue',
    'EUR',
    [
      ['Catalogue layout (48 pages)', 48, 35],
      ['Photo retouching', 30, 12],
    ],
  ],
  ['INV-1036', 'cus_acme', 41, 30, 'paid', 'USD', [['Investor deck design', 1, 2900]]],
  ['INV-1035', 'cus_northwind', 45, 30, 'paid', 'USD', [['Quarterly retainer — design support', 1, 6000]]],
  ['INV-1034', 'cus_saigon', 52, 14, 'paid', 'USD', [['Café menu boards', 5, 220]]],
  ['INV-1033', 'cus_bluebird', 60, 14, 'paid', 'EUR', [['Social media kit', 1, 1350]]],
  ['INV-1032', 'cus_kestrel', 71, 14, 'paid', 'EUR', [['Annual report infographics', 8, 260]]],
  ['INV-1031', 'cus_greenleaf', 84, 30, 'void', 'USD', [['Appointment cards', 500, 0.9]]],
];

const TAX_RATE = { USD: 0, EUR: 0.23 };

function isoDaysAgo(days) {
  return new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
}

function fromSeed([number, customerId, issuedAgo, net, status, currency, items]) {
  return {
    number,
    customerId,
    issued: isoDaysAgo(issuedAgo),
    due: isoDaysAgo(issuedAgo - net),
    status,
    currency,
    taxRate: TAX_RATE[currency] ?? 0,
    items: items.map(([description, qty, price]) => ({ description, qty, price })),
  };
}

function loadCreated() {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) || '[]');
  } catch {
    return [];
  }
}

export const invoices = [...loadCreated(), ...SEED.map(fromSeed)];

export function subtotal(invoice) {
  return invoice.items.reduce((sum, item) => sum + item.qty * item.price, 0);
}

export function total(invoice) {
  return subtotal(invoice) * (1 + invoice.taxRate);
}

export function findInvoice(number) {
  return invoices.find((invoice) => invoice.number.toLowerCase() === number.toLowerCase());
}

export function findCustomer(id) {
  return customers.find((customer) => customer.id === id);
}

export function nextInvoiceNumber() {
  const highest = Math.max(...invoices.map((invoice) => Number(invoice.number.slice(4))));
  return `INV-${highest + 1}`;
}

/** Adds an invoice made with the New invoice form; kept for this tab's session. */
export function addInvoice(invoice) {
  invoices.unshift(invoice);
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([invoice, ...loadCreated()]));
  } catch {
    // Private mode or full storage: the invoice lives until the page reloads, which is fine for a demo.
  }
}

export function addCustomer(customer) {
  customers.push(customer);
}

/** Revenue collected per month for the last six months, for the charts. */
export const monthlyRevenue = (() => {
  const values = [14200, 16850, 15400, 19900, 18300, 22650];
  const now = new Date();
  return values.map((value, i) => {
    const date = new Date(now.getFullYear(), now.getMonth() - (values.length - 1 - i), 1);
    return { label: date.toLocaleString('en-US', { month: 'short' }), value };
  });
})();

export const team = [
  { name: 'Maya Chen', email: 'maya@maplefinch.example', role: 'Admin', initials: 'MC' },
  { name: 'Diego Alvarez', email: 'diego@maplefinch.example', role: 'Accountant', initials: 'DA' },
  { name: 'Hannah Kim', email: 'hannah@maplefinch.example', role: 'Member', initials: 'HK' },
];
