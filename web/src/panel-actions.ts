// What links inside the side panel can ask the graph to do. main.ts supplies the implementation.
export interface PanelActions {
  showClaim(id: string): void;
  showEntity(id: string): void;
  focusEntity(id: string): void;
  onlySource(articleId: string): void;
}
