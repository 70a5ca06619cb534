// Stands in for Node's `fs` in the web bundle: the UCUM library imports it for an XML importer the extension never calls.
export default {};
