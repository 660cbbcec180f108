import { EDITIONS, type Edition } from "@shuangbaodao/core";
import { ApiProblem } from "../problems/apiProblem";

/**
 * The edition a request pins, by ID. An unknown ID is refused (422 where the
 * ID is input, 404 where it is the path), never replaced by a default.
 */
export function findEdition(id: string, where: { path: string } | "path"): Edition {
  const edition = EDITIONS.get(id);
  if (edition) return edition;
  const known = [...EDITIONS.keys()].join(", ");
  const detail = {
    zh: `没有编号为 ${JSON.stringify(id)} 的版本；可用：${known}。`,
    en: `There is no edition ${JSON.stringify(id)}; known: ${known}.`,
  };
  if (where === "path") throw new ApiProblem("not-found", detail);
  throw new ApiProblem("unknown-edition", detail, {
    errors: [{ path: where.path, code: "unknown-edition", message: detail }],
  });
}
