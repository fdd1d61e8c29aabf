import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML part read into a flat list of events.
///
/// Element starts (name and attributes), text, and element ends. Small enough for a ledger's sheet
/// and simpler to walk than a delegate per part.
enum XMLEvent: Equatable {
  /// `<name attributes…>`; names keep no namespace prefix.
  case start(String, [String: String])
  /// Character data.
  case text(String)
  /// `</name>`.
  case end(String)
}

/// Parses one XML part with Foundation's `XMLParser`.
final class XMLEvents: NSObject, XMLParserDelegate {
  private var events: [XMLEvent] = []

  /// The events of `data`, or `nil` when it is not well-formed XML.
  static func parse(_ data: Data) -> [XMLEvent]? {
    let collector = XMLEvents()
    let parser = XMLParser(data: data)
    parser.delegate = collector
    parser.shouldProcessNamespaces = false
    guard parser.parse() else { return nil }
    return collector.events
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    var plain: [String: String] = [:]
    for (key, value) in attributes { plain[Self.local(key)] = value }
    events.append(.start(Self.local(elementName), plain))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    events.append(.end(Self.local(elementName)))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if case .text(let previous) = events.last {
      events[events.count - 1] = .text(previous + string)
    } else {
      events.append(.text(string))
    }
  }

  /// `x:row` → `row`, `r:id` → `id`.
  private static func local(_ name: String) -> String {
    name.split(separator: ":").last.map(String.init) ?? name
  }
}
