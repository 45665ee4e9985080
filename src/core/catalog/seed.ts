/**
 * The amenities the center starts with. The server adds them once, as catalog ops, to a new
 * database; admins edit, retire and add items from there. Harm-reduction supplies are `discreet`:
 * asked for under a neutral "health and safety supplies" tile and never spelled out on screen.
 */
import type { ItemFields } from '../ops/catalog.js';
import { SEED_NAMES } from './seed-names.js';

export interface SeedItem {
  readonly id: string;
  readonly item: ItemFields;
}

type Seed = [
  id: string,
  en: string,
  es: string,
  icon: string,
  rest: Partial<ItemFields> & Pick<ItemFields, 'category'>,
];

const SEEDS: readonly Seed[] = [
  [
    'item_warm_meal',
    'Warm meal',
    'Comida caliente',
    'meal',
    { category: 'food', unit: 'meal', minimum: 10, perVisitLimit: 1 },
  ],
  ['item_snacks', 'Snacks', 'Refrigerios', 'snack', { category: 'food', minimum: 20, perVisitLimit: 2 }],
  ['item_coffee_drinks', 'Coffee and drinks', 'Café y bebidas', 'coffee', { category: 'food', kind: 'service' }],
  [
    'item_phone_charging',
    'Phone charging',
    'Cargar el teléfono',
    'charging',
    { category: 'services', kind: 'service' },
  ],
  ['item_internet', 'Internet', 'Internet', 'wifi', { category: 'services', kind: 'service' }],
  [
    'item_hygiene_kit',
    'Hygiene kit',
    'Kit de higiene',
    'hygiene',
    { category: 'hygiene', minimum: 10, perVisitLimit: 1 },
  ],
  [
    'item_clothing',
    'Clothing',
    'Ropa',
    'clothing',
    { category: 'clothing', unit: 'piece', minimum: 10, perVisitLimit: 3 },
  ],
  ['item_shoes', 'Shoes', 'Zapatos', 'shoes', { category: 'clothing', unit: 'pair', minimum: 5, perVisitLimit: 1 }],
  ['item_tent', 'Tent', 'Casa de campaña', 'tent', { category: 'shelter', minimum: 2, perVisitLimit: 1 }],
  ['item_blanket', 'Blanket', 'Cobija', 'blanket', { category: 'shelter', minimum: 10, perVisitLimit: 2 }],
  [
    'item_naloxone_kit',
    'Naloxone kit',
    'Kit de naloxona',
    'naloxone',
    { category: 'healthSafety', discreet: true, minimum: 10, perVisitLimit: 2 },
  ],
  [
    'item_safer_use',
    'Safer-use supplies',
    'Materiales para uso más seguro',
    'supplies',
    { category: 'healthSafety', discreet: true, minimum: 10, perVisitLimit: 1 },
  ],
  [
    'item_wound_care',
    'Wound care',
    'Cuidado de heridas',
    'bandage',
    { category: 'healthSafety', discreet: true, minimum: 10, perVisitLimit: 1 },
  ],
  [
    'item_pet_supplies',
    'Pet supplies',
    'Artículos para mascotas',
    'paw',
    { category: 'pets', minimum: 5, perVisitLimit: 1 },
  ],
  [
    'item_cm_documents',
    'Documents and ID',
    'Documentos e identificación',
    'document',
    { category: 'caseManager', kind: 'service' },
  ],
  ['item_cm_dmv', 'DMV', 'DMV', 'car', { category: 'caseManager', kind: 'service' }],
  [
    'item_cm_benefits',
    'Medi-Cal, GR, CalFresh',
    'Medi-Cal, GR, CalFresh',
    'benefits',
    { category: 'caseManager', kind: 'service' },
  ],
  [
    'item_cm_housing',
    'Housing application',
    'Solicitud de vivienda',
    'house',
    { category: 'caseManager', kind: 'service' },
  ],
  [
    'item_cm_health',
    'Medical, mental health, dental',
    'Salud física, mental y dental',
    'medical',
    { category: 'caseManager', kind: 'service' },
  ],
  ['item_cm_transportation', 'Transportation', 'Transporte', 'bus', { category: 'caseManager', kind: 'service' }],
  ['item_cm_legal', 'Legal matters', 'Asuntos legales', 'scale', { category: 'caseManager', kind: 'service' }],
  [
    'item_cm_jobs',
    'Job preparation',
    'Preparación para el trabajo',
    'briefcase',
    { category: 'caseManager', kind: 'service' },
  ],
  ['item_cm_family', 'Family', 'Familia', 'family', { category: 'caseManager', kind: 'service' }],
  ['item_cm_hormones', 'Hormone therapy', 'Terapia hormonal', 'hormone', { category: 'caseManager', kind: 'service' }],
  [
    'item_cm_health_ed',
    'Health education',
    'Educación sobre la salud',
    'book',
    { category: 'caseManager', kind: 'service' },
  ],
];

/** The seed catalog in kiosk order (positions 10, 20, 30... leave room to insert). */
export const SEED_CATALOG: readonly SeedItem[] = SEEDS.map(([id, en, es, icon, rest], index) => ({
  id,
  item: {
    names: { en, es, ...SEED_NAMES[id] },
    icon,
    kind: 'tracked',
    unit: null,
    minimum: null,
    perVisitLimit: null,
    discreet: false,
    position: (index + 1) * 10,
    retired: false,
    ...rest,
  },
}));
