public import AccessWorkflow
public import Testing

/// Every case of an enum has a sample, and each is said in Bahasa Indonesia (non-empty, not the English sentence)
/// while its English text is its `description`.
///
/// `index` numbers the cases by an exhaustive `switch` in the test (no `default`): a new case does not compile until
/// it is numbered there and `cases` is raised, and then this fails until a sample of it is added.
public func expectEveryCaseSaid<T: LocalizedText & CustomStringConvertible>(
    _ samples: [T], cases: Int, index: (T) -> Int, sourceLocation: SourceLocation = #_sourceLocation
) {
    let covered = Set(samples.map(index))
    let missing = Set(0..<cases).subtracting(covered).sorted()
    #expect(missing.isEmpty, "\(T.self): no sample of cases \(missing)", sourceLocation: sourceLocation)
    for sample in samples {
        let indonesian = sample.text(in: .indonesian)
        let english = sample.text(in: .english)
        #expect(!indonesian.isEmpty, "\(T.self) #\(index(sample)) says nothing in Indonesian", sourceLocation: sourceLocation)
        #expect(indonesian != english, "\(T.self) #\(index(sample)) is not translated: \(english)", sourceLocation: sourceLocation)
        #expect(english == sample.description, "\(T.self) #\(index(sample)): English is the description", sourceLocation: sourceLocation)
    }
}
