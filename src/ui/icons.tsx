/**
 * The app's small pictures, from lucide (tree-shaken: only the icons named here reach the bundle).
 * Decorative: lucide marks them aria-hidden, and the words beside them say what they mean.
 */
import type { LucideIcon } from 'lucide-preact';
import {
  Ban,
  Box,
  Calendar,
  ChartColumn,
  Check,
  ChevronDown,
  CircleAlert,
  ClipboardList,
  Clock,
  Cloud,
  CloudOff,
  Download,
  Eye,
  Globe,
  History,
  Hourglass,
  HouseHeart,
  IdCard,
  Key,
  Laptop,
  Link,
  List,
  Lock,
  LogIn,
  LogOut,
  MapPin,
  Maximize,
  Megaphone,
  MessagesSquare,
  Monitor,
  Phone,
  RefreshCw,
  Shield,
  Tablet,
  Tag,
  TriangleAlert,
  UserPlus,
  Users,
} from 'lucide-preact';

export interface IconProps {
  /** Width and height in pixels (24 unless said). */
  size?: number;
}

/** One of our icons from a lucide picture, with the `icon` class the layouts size and align. */
function ourIcon(Picture: LucideIcon) {
  return ({ size = 24 }: IconProps = {}) => <Picture class="icon" size={size} />;
}

export const HomeHeartIcon = ourIcon(HouseHeart);
export const GlobeIcon = ourIcon(Globe);
export const CloudIcon = ourIcon(Cloud);
export const CloudOffIcon = ourIcon(CloudOff);
export const RefreshIcon = ourIcon(RefreshCw);
export const TabletIcon = ourIcon(Tablet);
export const ClipboardIcon = ourIcon(ClipboardList);
export const AlertIcon = ourIcon(CircleAlert);
export const CheckIcon = ourIcon(Check);
export const LockIcon = ourIcon(Lock);
export const SignOutIcon = ourIcon(LogOut);
export const SignInIcon = ourIcon(LogIn);
export const KeyIcon = ourIcon(Key);
export const UserPlusIcon = ourIcon(UserPlus);
export const UsersIcon = ourIcon(Users);
export const LaptopIcon = ourIcon(Laptop);
export const ListIcon = ourIcon(List);
export const CalendarIcon = ourIcon(Calendar);
export const LinkIcon = ourIcon(Link);
export const BanIcon = ourIcon(Ban);
export const ShieldIcon = ourIcon(Shield);
export const IdCardIcon = ourIcon(IdCard);
export const HistoryIcon = ourIcon(History);
export const BoxIcon = ourIcon(Box);
export const TagIcon = ourIcon(Tag);
export const ClockIcon = ourIcon(Clock);
export const MapPinIcon = ourIcon(MapPin);
export const PhoneIcon = ourIcon(Phone);
// issue 15 — conversations (Talk section) and masked lines (Show).
export const TalkIcon = ourIcon(MessagesSquare);
export const EyeIcon = ourIcon(Eye);
// issue 15 — display: the lobby display device, calling a number, full screen.
export const MonitorIcon = ourIcon(Monitor);
export const MegaphoneIcon = ourIcon(Megaphone);
export const FullScreenIcon = ourIcon(Maximize);
// issue 15 — floor: the "More" menu's arrow, and a long and a very long wait (beside their words).
export const ChevronDownIcon = ourIcon(ChevronDown);
export const HourglassIcon = ourIcon(Hourglass);
export const WarningIcon = ourIcon(TriangleAlert);
// issue 16 — HMIS: the export's Download button.
export const DownloadIcon = ourIcon(Download);
// issue 16 — reports page: the Reports section in the navigation.
export const ChartIcon = ourIcon(ChartColumn);
