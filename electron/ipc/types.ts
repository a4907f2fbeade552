import type { IpcMainInvokeEvent } from 'electron';
import type { IpcMethod, IpcRequest, IpcResponses } from '../../shared/ipc/contract';

/**
 * A main-process handler for one contract method. It receives the request only after
 * register.ts has checked the sender and validated the request against the contract's schema.
 */
export type IpcHandler<M extends IpcMethod> = (
  request: IpcRequest<M>,
  event: IpcMainInvokeEvent,
) => Promise<IpcResponses[M]>;

/** One handler per contract method: adding a method to the contract without one is a type error. */
export type IpcHandlers = { [M in IpcMethod]: IpcHandler<M> };
