import type { SimTag } from '../world/records.js';

/** An SDK output shape with the members the simulator always fills made required, so code can rely on them. */
export type Filled<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

/** A record with complete tags (the SDK's Tag has optional Key and Value). */
export type Tagged<T> = Omit<T, 'Tags'> & { Tags: SimTag[] };
