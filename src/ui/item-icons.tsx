/**
 * Pictures for the kiosk's tiles (and the staff catalog's icon picker), by the catalog's `icon`
 * name: stored items keep these names, each drawn by the lucide picture a person would recognise
 * without reading. Decorative only (every tile also has its name).
 */
import type { LucideIcon } from 'lucide-preact';
import {
  Bandage,
  Bed,
  BookOpen,
  Briefcase,
  BriefcaseMedical,
  Bus,
  Car,
  Coffee,
  FileUser,
  HeartPulse,
  House,
  Package,
  PackagePlus,
  PawPrint,
  Pill,
  Sandwich,
  Scale,
  Shirt,
  SmartphoneCharging,
  Soup,
  SportShoe,
  Stethoscope,
  Tent,
  Toothbrush,
  Users,
  WalletCards,
  Wifi,
} from 'lucide-preact';

const PICTURES: Record<string, LucideIcon> = {
  meal: Soup,
  snack: Sandwich,
  coffee: Coffee,
  charging: SmartphoneCharging,
  wifi: Wifi,
  hygiene: Toothbrush,
  clothing: Shirt,
  shoes: SportShoe,
  tent: Tent,
  // A bed under its cover reads as "somewhere warm to sleep"; a folded blanket alone looked like a table.
  blanket: Bed,
  naloxone: BriefcaseMedical,
  supplies: PackagePlus,
  bandage: Bandage,
  health: HeartPulse,
  paw: PawPrint,
  document: FileUser,
  car: Car,
  // Medi-Cal, GR and CalFresh each come as a card to carry (the old bar chart read as "statistics").
  benefits: WalletCards,
  house: House,
  medical: Stethoscope,
  bus: Bus,
  scale: Scale,
  briefcase: Briefcase,
  family: Users,
  hormone: Pill,
  book: BookOpen,
};

export function ItemIcon({ name, size = 48 }: { name: string; size?: number }) {
  const Picture = PICTURES[name] ?? Package;
  return <Picture class="icon" size={size} />;
}

/** Whether a catalog icon name has its own picture (the rest show a parcel). */
export function hasItemIcon(name: string): boolean {
  return Object.hasOwn(PICTURES, name);
}
