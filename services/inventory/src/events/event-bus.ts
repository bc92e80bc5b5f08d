import type { InventoryEventName, InventoryEvents } from './inventory-events.js';

export type EventListener<Name extends InventoryEventName> = (event: InventoryEvents[Name]) => void;

/** A typed in-process event bus. A throwing listener is reported and never breaks the sync that emitted. */
export class EventBus {
  private readonly listeners = new Map<InventoryEventName, Set<EventListener<never>>>();

  constructor(private readonly onListenerError: (event: InventoryEventName, error: unknown) => void = () => {}) {}

  /** Subscribes; returns the function that unsubscribes. */
  on<Name extends InventoryEventName>(name: Name, listener: EventListener<Name>): () => void {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    set.add(listener as EventListener<never>);
    return () => set.delete(listener as EventListener<never>);
  }

  emit<Name extends InventoryEventName>(name: Name, event: InventoryEvents[Name]): void {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        (listener as EventListener<Name>)(event);
      } catch (error) {
        // Documented expected case: subscribers are other teams' code; their failure must not fail a sync.
        this.onListenerError(name, error);
      }
    }
  }
}
