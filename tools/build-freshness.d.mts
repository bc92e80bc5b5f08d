/** Types of build-freshness.mjs (plain JavaScript: it runs before anything is compiled). */
export declare const stampName: string;
export declare function projectClosure(workspaceDir: string): string[];
export declare function newestInputMs(projectDir: string): number;
export declare function staleReason(workspaceDir: string): string | undefined;
export declare function markBuilt(workspaceDir: string, startedMs: number): void;
