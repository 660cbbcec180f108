export * from "./addMonthsClamped";
export * from "./calendarDate";
export * from "./dayNumber";
export * from "./periods";
