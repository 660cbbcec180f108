import { type Database, schemaStatus } from "@shuangbaodao/postgres";
import type { ReadinessCheck } from "../routes/healthRoutes";

/** The database is reachable and its schema is at the migrations this version knows. */
export async function databaseReadiness(database: Database): Promise<ReadinessCheck[]> {
  try {
    const status = await schemaStatus(database);
    if (status.pending.length === 0 && status.unknown.length === 0) return [{ name: "database", ok: true }];
    return [
      {
        name: "database",
        ok: false,
        detail: {
          zh: `数据库结构不是本版本的（缺少 ${status.pending.length} 个迁移，多出 ${status.unknown.length} 个）；请运行 shuangbaodao db migrate。`,
          en: `The database schema is not this version's (${status.pending.length} migration(s) missing, ${status.unknown.length} unknown); run shuangbaodao db migrate.`,
        },
      },
    ];
  } catch {
    return [
      {
        name: "database",
        ok: false,
        detail: { zh: "数据库不可达。", en: "The database cannot be reached." },
      },
    ];
  }
}
