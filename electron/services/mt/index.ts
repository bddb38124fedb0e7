export { MtService, describeServer, type MtServiceOptions } from './service';
export {
  KeyChain,
  EnvKeyStore,
  FileKeyStore,
  SafeStorageKeyStore,
  defaultKeyChain,
  electronKeyChain,
  setKeyUnsupported,
  type KeyStore,
  type SafeStorageLike,
  type ResolvedKey,
} from './keys';
export { deeplNodeGateway, classifyFailure, type DeeplGateway, type GatewayFactory, type GlossaryDictionary } from './deepl';
export { prepareGlossary, type GlossaryTerm, type GlossaryTermSource, type PreparedGlossary } from './glossary';
export { editDistance, normalizedEditDistance, codePointLength } from './distance';
