export { ResourceActionsExecutor, type ResourceActionsOptions } from './resource-actions.js';
export { resourceActionsHandlers, resourceActionsServiceDefinition } from './resource-actions.service.js';
