// The screen's heading, focused when it first appears (or its words change) and not again: the
// shared Heading focuses itself on every render of its parent, which took the focus away from a
// line of the list, or from a form just sent, whenever a panel finished loading (see the report:
// the shared Heading should focus on mount only, and this can go).
import { Component } from "preact";
import { Heading } from "../../components";

export class ScreenHeading extends Component<{ text: string }> {
  override shouldComponentUpdate(next: { text: string }): boolean {
    return next.text !== this.props.text;
  }

  override render() {
    return <Heading>{this.props.text}</Heading>;
  }
}
