export { invoke, operations, type OperationName, type ArgsOf, type ValueOf, type ApiEvents, type Emit } from './operations';
export { type ApiContext } from './context';
