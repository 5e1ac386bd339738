import EcosystemStore
print("tisep: schema \(Store.schemaVersion)")
