// swagger-ui-dist ships no types; this is the one function used from it.
declare module "swagger-ui-dist/absolute-path.js" {
  /** The folder holding Swagger UI's built files. */
  const getAbsoluteFSPath: () => string;
  export default getAbsoluteFSPath;
}
