// The outside channels, as the domain names them (the database enum has the same values).
export const NOTIFICATION_CHANNELS = ["EMAIL", "SMS", "WHATSAPP", "PUSH"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
