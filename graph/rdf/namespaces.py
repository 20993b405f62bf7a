"""The one place policykg's IRIs are declared: the default base of instance IRIs and the namespaces every graph
file binds, as plain strings (no rdflib: the streaming builder never imports it). ``policykg.ontology`` builds its
rdflib ``Namespace`` objects from these; ``policykg.graph.rdf.stream`` re-exports them."""

#: Where instance IRIs live unless ``--base-iri`` (or ``POLICYKG_BASE_IRI``) says otherwise.
DEFAULT_BASE = "https://w3id.org/policykg/id/"
#: The ontology's own IRI (``owl:Ontology``).
ONTOLOGY_IRI = "https://w3id.org/policykg"

# The namespaces of ``policykg.ontology.PREFIXES`` (same order), as plain strings.
PKG = "https://w3id.org/policykg#"
DCTERMS = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PREFIXES: dict[str, str] = {
    "pkg": PKG,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "org": ORG,
    "prov": PROV,
    "xsd": XSD,
    "rdfs": RDFS,
    "owl": OWL,
}

XSD_INTEGER = XSD + "integer"
XSD_DECIMAL = XSD + "decimal"
XSD_BOOLEAN = XSD + "boolean"
XSD_DATE = XSD + "date"

TURTLE_HEADER = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
