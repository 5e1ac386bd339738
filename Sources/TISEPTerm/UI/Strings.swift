/// The interface language: Thai by default, English with `L` or `--lang en`.
struct Texts {
    let thai: Bool
    func callAsFunction(_ th: String, _ en: String) -> String { thai ? th : en }
}
