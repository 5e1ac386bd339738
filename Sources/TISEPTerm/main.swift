import CNcurses
import EcosystemStore
print(EcosystemStoreInfo.sqliteVersion, shim_ok())
