/**
 * Pictures for the kiosk's action buttons, from lucide (tree-shaken: only these reach the bundle).
 * Every kiosk button shows one beside its words, so a person who reads little can still follow.
 * Lucide marks an icon aria-hidden unless it is given a label; the button's words name it.
 */
export {
  ArrowLeft as BackIcon,
  ArrowRight as ContinueIcon,
  Check as DoneIcon,
  CircleSlash as NothingIcon,
  Globe as LanguageIcon,
  Hand as StillHereIcon,
  Hand as VisitorIcon,
  HandHeart as ReversalIcon,
  IdCard as ScanCardIcon,
  LogIn as CheckInIcon,
  RotateCcw as StartOverIcon,
  Send as SendIcon,
  UserSearch as FindNameIcon,
  Volume2 as SpeakIcon,
  VolumeX as StopSpeakingIcon,
  X as CloseIcon,
} from 'lucide-preact';
