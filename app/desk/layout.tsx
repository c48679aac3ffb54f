/**
 * The desk is a working screen: it takes the full width of the window instead of the site's reading
 * column. The rule applies only while a desk page is rendered (main holds the desk's wrapper).
 */
export default function DeskLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="desk-wide">
      <style>{"main:has(> .desk-wide){max-width:none}"}</style>
      {children}
    </div>
  );
}
