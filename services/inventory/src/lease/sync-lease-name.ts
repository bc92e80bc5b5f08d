/** The one lease every inventory on a store contends for: its holder runs the syncs. */
export const syncLeaseName = 'inventory-sync';
